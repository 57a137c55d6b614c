package org.promisetracker.api.report;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishReport(
        @TargetAggregateIdentifier String reportId,
        String planId,
        String committee,
        LocalDate reportDate,
        String title) {}
