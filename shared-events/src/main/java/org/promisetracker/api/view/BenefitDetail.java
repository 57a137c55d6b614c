package org.promisetracker.api.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One benefit as at a date, as known at an instant, with what its page shows around it. {@code
 * benefit} is as the plan's dashboard shows it, or null while it does not count in its plan; {@code
 * actions} are its actions that count, in plan order; {@code measurements} are all of its
 * measurements, whatever their date, as they read as known at the instant, by effective date.
 */
public record BenefitDetail(
        String planId,
        String planTitle,
        BenefitView benefit,
        List<ActionLabel> actions,
        List<Measurement> measurements,
        List<ParkedItem> parked) {

    /**
     * A measurement with its latest correction applied: the correction's value, evidence and
     * effective date, and the original's source when the correction names none.
     */
    public record Measurement(
            String measurementId,
            LocalDate effectiveDate,
            BigDecimal value,
            String evidence,
            String source,
            boolean corrected) {}
}
