package org.promisetracker.command.benefit;

import java.math.BigDecimal;
import java.util.List;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.command.directory.PlanDirectory;
import org.promisetracker.command.directory.PlanDirectory.Kind;
import org.promisetracker.command.rules.CommandRejected;

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

    static void assertBaselineAndTarget(BenefitAdded benefit) {
        Baseline baseline = benefit.baseline();
        if (baseline != null) {
            if (baseline.date() == null) {
                throw CommandRejected.invalid("baseline.date", "A baseline needs the date it was taken.");
            }
            if (benefit.type().isMeasuredByValue() && baseline.value() == null) {
                throw CommandRejected.invalid(
                        "baseline.value", "A " + typeName(benefit.type()) + " benefit's baseline needs a value.");
            }
            if (!benefit.type().isMeasuredByValue() && baseline.evidence() == null) {
                throw CommandRejected.invalid("baseline.evidence", "A qualitative benefit's baseline needs evidence.");
            }
        }
        if (benefit.target() != null) {
            if (benefit.target().date() == null) {
                throw CommandRejected.invalid("target.date", "A target needs the date it should be met by.");
            }
            if (benefit.target().value() == null) {
                throw CommandRejected.invalid("target.value", "A target needs a value.");
            }
        }
    }

    static void assertMeasuredAsTyped(BenefitType type, BigDecimal value, String evidence) {
        if (type.isMeasuredByValue() && value == null) {
            throw CommandRejected.invalid("value", "A " + typeName(type) + " benefit is measured by a value.");
        }
        if (!type.isMeasuredByValue() && value != null) {
            throw CommandRejected.invalid("value", "A qualitative benefit is measured by evidence, not a value.");
        }
        if (!type.isMeasuredByValue() && evidence == null) {
            throw CommandRejected.invalid(
                    "evidence", "A qualitative benefit is measured by evidence: describe what was seen.");
        }
    }

    static String typeName(BenefitType type) {
        return type.name().toLowerCase();
    }
}
