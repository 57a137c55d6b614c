package org.promisetracker.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CreatePlan(@TargetAggregateIdentifier String planId, String title, String organisation,
                         LocalDate startDate, LocalDate endDate, String areaLabel) {
}
