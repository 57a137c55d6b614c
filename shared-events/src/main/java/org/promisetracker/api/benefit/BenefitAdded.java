package org.promisetracker.api.benefit;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A measurable improvement tracked for one or more actions of a plan. Aggregate measures only, never about a child. */
@Revision("1")
public record BenefitAdded(
        String benefitId,
        String planId,
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

    public BenefitAdded {
        actionIds = actionIds == null ? List.of() : List.copyOf(actionIds);
    }
}
