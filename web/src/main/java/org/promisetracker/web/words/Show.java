package org.promisetracker.web.words;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.Target;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.Restatements.Aspect;
import org.springframework.stereotype.Component;

/**
 * Words for the pages and the papers made from them, used from templates as {@code @show} and by the
 * Word and Excel writers: statuses, RAG and trends as words (never colour alone), dates as a
 * committee paper writes them, values with their units. The short forms for tables; {@link Words}
 * has the labels the item pages and forms share with it.
 */
@Component("show")
public class Show {

    private final Clock clock;

    Show(Clock clock) {
        this.clock = clock;
    }

    public String status(ActionStatus status) {
        return Words.status(status);
    }

    public String rag(Rag rag) {
        return switch (rag) {
            case GREEN -> "Green";
            case AMBER -> "Amber";
            case RED -> "Red";
            case NOT_ASSESSED -> "Not assessed";
        };
    }

    public String type(BenefitType type) {
        return switch (type) {
            case QUALITATIVE -> "Qualitative";
            case QUANTITATIVE -> "Quantitative";
            case CASHABLE -> "Cashable";
        };
    }

    public String trend(BenefitView.Trend trend) {
        return switch (trend) {
            case IMPROVING -> "improving";
            case STEADY -> "steady";
            case WORSENING -> "worsening";
            case NONE -> "no trend yet";
        };
    }

    /** Decorative: the word from {@link #trend} always goes beside it. */
    public String arrow(BenefitView.Trend trend) {
        return switch (trend) {
            case IMPROVING -> "↑";
            case STEADY -> "→";
            case WORSENING -> "↓";
            case NONE -> "–";
        };
    }

    /** A restated STATUS or RAG value as its word; measurements stay as given. */
    public String restated(Aspect aspect, String value) {
        if (value == null) {
            return "None";
        }
        try {
            return switch (aspect) {
                case STATUS -> status(ActionStatus.valueOf(value));
                case RAG -> rag(Rag.valueOf(value));
                case PRESENCE, MEASUREMENT -> value;
            };
        } catch (IllegalArgumentException notAnEnum) {
            return value;
        }
    }

    /** "MeasurementCorrected" reads "Measurement corrected". */
    public String event(String event) {
        if (event == null) {
            return "";
        }
        String words = event.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String date(LocalDate date) {
        return Formats.date(date);
    }

    public String instant(Instant instant) {
        return Formats.instant(instant, clock.getZone());
    }

    public String value(BenefitView benefit, BigDecimal value) {
        return Formats.figure(value, Formats.unitOf(benefit.type(), benefit.unit()));
    }

    public String measurement(BenefitView benefit, BenefitView.Measurement measurement) {
        if (measurement == null) {
            return "None yet";
        }
        String what = measurement.value() != null ? value(benefit, measurement.value()) : measurement.evidence();
        return what + " (" + date(measurement.effectiveDate()) + ")";
    }

    public String baseline(BenefitView benefit) {
        Baseline baseline = benefit.baseline();
        if (baseline == null) {
            return "None";
        }
        String what = baseline.value() != null ? value(benefit, baseline.value()) : baseline.evidence();
        return what + (baseline.date() != null ? " (" + date(baseline.date()) + ")" : "");
    }

    public String target(BenefitView benefit) {
        Target target = benefit.target();
        if (target == null || target.value() == null) {
            return "None set";
        }
        return value(benefit, target.value()) + (target.date() != null ? " by " + date(target.date()) : "");
    }
}
