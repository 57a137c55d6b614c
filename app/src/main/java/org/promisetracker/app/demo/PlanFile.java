package org.promisetracker.app.demo;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.Target;

/**
 * A demo plan as its data file {@code demo/<key>.jsonc} holds it. Actions, benefits and facts name
 * each other by the plan's own refs ("2.1") and benefit keys ("family-setting"), never by id;
 * {@link PlanCommands} turns those into ids.
 */
record PlanFile(
        String title,
        String organisation,
        LocalDate startDate,
        LocalDate endDate,
        String areaLabel,
        List<Area> areas,
        List<Benefit> benefits,
        Map<String, String> sources,
        List<Fact> history) {

    record Area(int number, String title, List<Action> actions) {}

    /** Due at the end of its timescale month; counts in the plan from {@code effectiveFrom} if given. */
    record Action(
            String ref,
            String title,
            String leadOfficer,
            YearMonth timescale,
            List<String> outcomeMeasures,
            List<Foundation> foundations,
            String phase,
            LocalDate effectiveFrom) {}

    /** {@code key} names the benefit within the file; {@code ref}, optional, is the plan's own reference. */
    record Benefit(
            String key,
            String ref,
            BenefitType type,
            String title,
            List<String> actions,
            String measure,
            String collectionMethod,
            String dataSource,
            String unit,
            Direction direction,
            Baseline baseline,
            Target target) {}

    /** One entry of the history, sent in the order written; {@code kind} says which. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Status.class, name = "status"),
        @JsonSubTypes.Type(value = Note.class, name = "note"),
        @JsonSubTypes.Type(value = Measurement.class, name = "measurement"),
        @JsonSubTypes.Type(value = Assessment.class, name = "rag"),
        @JsonSubTypes.Type(value = Correction.class, name = "correction"),
        @JsonSubTypes.Type(value = Report.class, name = "report")
    })
    sealed interface Fact {}

    /*
     * A fact dated on or before a report published earlier in the history needs a lateReason, as any
     * officer's would.
     */

    record Status(
            LocalDate on, String action, ActionStatus status, String comment, String supersededBy, String lateReason)
            implements Fact {}

    record Note(LocalDate on, String action, String text, String lateReason) implements Fact {}

    /** A value or, for a qualitative benefit, evidence; {@code source} is a key of the plan's sources. */
    record Measurement(
            LocalDate on, String benefit, BigDecimal value, String evidence, String source, String lateReason)
            implements Fact {}

    record Assessment(LocalDate on, String benefit, Rag rag, String rationale, String lateReason) implements Fact {}

    /** Corrects the value of the measurement recorded on {@code measuredOn}, keeping its date. */
    record Correction(String benefit, LocalDate measuredOn, BigDecimal value, String reason) implements Fact {}

    record Report(String committee, LocalDate reportDate, String title) implements Fact {}
}
