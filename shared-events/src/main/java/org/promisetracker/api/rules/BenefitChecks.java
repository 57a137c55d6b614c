package org.promisetracker.api.rules;

import java.math.BigDecimal;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Target;

/**
 * The rules of a benefit's values, whatever the plan holds: a baseline and a target complete for
 * the benefit's type, a measurement by value or by evidence as the type says. The aggregate keeps
 * them, and an import checks its rows against the very same ones before it sends anything.
 */
public final class BenefitChecks {

    private BenefitChecks() {}

    public static void assertBaselineAndTarget(BenefitAdded benefit) {
        assertBaselineAndTarget(benefit.type(), benefit.baseline(), benefit.target());
    }

    /** A baseline complete for {@code type}, and a target with its value and date. */
    public static void assertBaselineAndTarget(BenefitType type, Baseline baseline, Target target) {
        if (baseline != null) {
            if (baseline.date() == null) {
                throw CommandRejected.invalid("baseline.date", "A baseline needs the date it was taken.");
            }
            if (type.isMeasuredByValue() && baseline.value() == null) {
                throw CommandRejected.invalid(
                        "baseline.value", "A " + typeName(type) + " benefit's baseline needs a value.");
            }
            if (!type.isMeasuredByValue() && baseline.evidence() == null) {
                throw CommandRejected.invalid("baseline.evidence", "A qualitative benefit's baseline needs evidence.");
            }
        }
        if (target != null) {
            if (target.date() == null) {
                throw CommandRejected.invalid("target.date", "A target needs the date it should be met by.");
            }
            if (target.value() == null) {
                throw CommandRejected.invalid("target.value", "A target needs a value.");
            }
        }
    }

    public static void assertMeasuredAsTyped(BenefitType type, BigDecimal value, String evidence) {
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
