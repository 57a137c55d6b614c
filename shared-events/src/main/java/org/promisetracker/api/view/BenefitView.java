package org.promisetracker.api.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.Target;

/**
 * A benefit as at a date, as known at an instant: its RAG (NOT_ASSESSED until the first
 * assessment), its latest measurement (corrections applied) and the trend since the one before.
 * {@code ref} is the plan's reference for it, or null when the plan gives none.
 */
public record BenefitView(
        String benefitId,
        String ref,
        List<String> actionIds,
        String title,
        BenefitType type,
        String unit,
        Direction direction,
        Baseline baseline,
        Target target,
        Rag rag,
        LocalDate ragDate,
        String rationale,
        Measurement latestMeasurement,
        Measurement previousMeasurement,
        Trend trend) {

    public record Measurement(
            String measurementId, LocalDate effectiveDate, BigDecimal value, String evidence, String source) {}

    /** Compared with the previous measurement, in the benefit's direction; NONE without two values. */
    public enum Trend {
        IMPROVING,
        STEADY,
        WORSENING,
        NONE
    }
}
