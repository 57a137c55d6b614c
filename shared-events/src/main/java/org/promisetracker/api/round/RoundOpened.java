package org.promisetracker.api.round;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A round is open: the items it asks an update of, by when, for which committee and report date. */
@Revision("1")
public record RoundOpened(
        String roundId,
        String planId,
        String title,
        String committee,
        LocalDate reportDate,
        LocalDate updatesDue,
        List<RoundItem> items) {

    public RoundOpened {
        items = List.copyOf(items);
    }
}
