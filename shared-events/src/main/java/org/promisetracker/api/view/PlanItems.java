package org.promisetracker.api.view;

import java.util.List;

/** Every action and benefit that counts in a plan as at a date, as known at an instant, in plan order. */
public record PlanItems(List<ActionView> actions, List<BenefitView> benefits) {

    public PlanItems {
        actions = List.copyOf(actions);
        benefits = List.copyOf(benefits);
    }
}
