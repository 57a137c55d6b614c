package org.promisetracker.api.round;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a round for {@code planId}, asking an update of each of {@code items} by {@code updatesDue}. */
public record OpenRound(
        @TargetAggregateIdentifier String roundId,
        String planId,
        String title,
        String committee,
        LocalDate reportDate,
        LocalDate updatesDue,
        List<RoundItem> items) {

    public OpenRound {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
