package org.promisetracker.api.benefit;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A measurable improvement tracked for one or more actions of a plan. Aggregate measures only, never
 * about a child. Revision 2 added {@code ref}, the plan's own reference for the benefit (such as
 * "B1.1"), unique in its plan and optional; revision 1 events are read as having none.
 */
@Revision("2")
public record BenefitAdded(
        String benefitId,
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

    public BenefitAdded {
        actionIds = actionIds == null ? List.of() : List.copyOf(actionIds);
    }
}
