package org.promisetracker.api.benefit;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddBenefit(
        @TargetAggregateIdentifier String benefitId,
        String planId,
        String ref,
        List<String> actionIds,
        String title,
        BenefitType type,
        String measure,
        String collectionMethod,
        String dataSource,
        String unit,
        Direction direction,
        Baseline baseline,
        Target target,
        LocalDate effectiveFrom) {

    public AddBenefit {
        actionIds = actionIds == null ? List.of() : List.copyOf(actionIds);
    }
}
