package org.promisetracker.api.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreatePlan(
        @TargetAggregateIdentifier String planId,
        String title,
        String organisation,
        LocalDate startDate,
        LocalDate endDate,
        String areaLabel) {}
