package org.promisetracker.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.round.RoundState;
import org.promisetracker.api.round.UpdateState;

/**
 * A reporting round as it stands: each item's update and whether it is overdue (due date passed,
 * not submitted), with counts of each; who opened and signed it off; the report published from it.
 */
public record RoundView(
        String roundId,
        String planId,
        String title,
        String committee,
        LocalDate reportDate,
        LocalDate updatesDue,
        Instant openedAt,
        String openedBy,
        RoundState state,
        String signedOffBy,
        Instant signedOffAt,
        String reportId,
        Counts counts,
        List<Item> items) {

    public record Counts(int due, int submitted, int approved, int returned, int waived, int overdue) {}

    /**
     * @param comment    what the item's last step said: the submitter's note, the reviewer's comment
     *                   (a returned item's says what is missing), a waiver's reason
     * @param latestFact the event the submitted update rests on, if any
     */
    public record Item(
            String itemId,
            ItemKind kind,
            String ref,
            String title,
            List<String> assignees,
            UpdateState update,
            boolean overdue,
            String comment,
            Instant changedAt,
            String changedBy,
            String latestFact) {}
}
