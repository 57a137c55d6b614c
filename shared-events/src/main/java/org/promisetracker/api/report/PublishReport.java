package org.promisetracker.api.report;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishes a report; from a reporting round ({@code roundId}) only once the round is signed off. */
public record PublishReport(
        @TargetAggregateIdentifier String reportId,
        String planId,
        String committee,
        LocalDate reportDate,
        String title,
        String roundId) {

    /** A report published without a round. */
    public PublishReport(String reportId, String planId, String committee, LocalDate reportDate, String title) {
        this(reportId, planId, committee, reportDate, title, null);
    }
}
