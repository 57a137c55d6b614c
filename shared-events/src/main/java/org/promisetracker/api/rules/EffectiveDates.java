package org.promisetracker.api.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The rules of effective dates: a dated fact is effective no later than today and no earlier than
 * the plan's start; a thing defined in a plan counts from a date within the plan.
 */
public final class EffectiveDates {

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private EffectiveDates() {}

    public static void assertWithinPlan(String field, LocalDate date, LocalDate planStart, Clock clock) {
        if (date == null) {
            throw CommandRejected.invalid(field, "An effective date is required.");
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw CommandRejected.invalid(
                    field,
                    "The effective date " + spoken(date)
                            + " is in the future; record facts on or after the date they apply to (today is "
                            + spoken(today) + ").");
        }
        if (date.isBefore(planStart)) {
            throw CommandRejected.invalid(
                    field,
                    "The effective date " + spoken(date) + " is before the plan starts on " + spoken(planStart) + ".");
        }
    }

    /** {@code what} ("An action") counts from {@code effectiveFrom}, which must fall within the plan. */
    public static void assertEffectiveFromWithinPlan(
            String what, LocalDate effectiveFrom, LocalDate planStart, LocalDate planEnd) {
        if (effectiveFrom.isBefore(planStart) || effectiveFrom.isAfter(planEnd)) {
            throw CommandRejected.invalid(
                    "effectiveFrom",
                    what + " counts from a date within the plan, " + spoken(planStart) + " to " + spoken(planEnd)
                            + ".");
        }
    }

    public static String spoken(LocalDate date) {
        return SPOKEN.format(date);
    }
}
