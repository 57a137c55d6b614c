package org.promisetracker.api.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record PublishReport(@TargetAggregateIdentifier String reportId, String planId, String committee,
                            LocalDate reportDate, String title) {
}
