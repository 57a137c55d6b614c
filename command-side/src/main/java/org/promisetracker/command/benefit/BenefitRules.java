package org.promisetracker.command.benefit;

import java.util.List;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.command.directory.PlanDirectory;
import org.promisetracker.command.directory.PlanDirectory.Kind;

/** The rules a benefit's definition and measurements must keep, whatever the aggregate's state. */
final class BenefitRules {

    private BenefitRules() {}

    /** A benefit's ref, when it has one, is unique in its plan, as an action's is. */
    static void assertRefFree(PlanDirectory directory, String planId, String ref) {
        if (ref != null && directory.isKeyTaken(planId, Kind.BENEFIT, ref)) {
            throw CommandRejected.conflict("ref", "This plan already has a benefit " + ref + ".");
        }
    }

    static void assertActionsOfPlan(PlanDirectory directory, List<String> actionIds, String planId) {
        if (actionIds.isEmpty()) {
            throw CommandRejected.invalid("actionIds", "Name at least one action the benefit is tracked for.");
        }
        for (String actionId : actionIds) {
            if (!directory.isPartOf(actionId, Kind.ACTION, planId)) {
                throw CommandRejected.invalid(
                        "actionIds", "The action " + actionId + " is not an action of this plan.");
            }
        }
    }
}
