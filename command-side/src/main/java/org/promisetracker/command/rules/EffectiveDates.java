package org.promisetracker.command.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The rule every dated fact keeps: effective no later than today and no earlier than the plan's start. */
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

    public static String spoken(LocalDate date) {
        return SPOKEN.format(date);
    }
}
