package org.promisetracker.api.view;

import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.round.UpdateState;

/** The items assigned to one user in open rounds, soonest due first. */
public record MyUpdates(List<Update> updates) {

    /** @param comment a returned item's comment: what is missing */
    public record Update(
            String roundId,
            String roundTitle,
            String planId,
            String planTitle,
            LocalDate updatesDue,
            String itemId,
            ItemKind kind,
            String ref,
            String title,
            UpdateState update,
            boolean overdue,
            String comment) {}
}
