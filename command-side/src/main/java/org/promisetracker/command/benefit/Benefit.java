package org.promisetracker.command.benefit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.AssignBenefit;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.api.benefit.BenefitAssigned;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.CorrectMeasurement;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.MeasurementCorrected;
import org.promisetracker.api.benefit.MeasurementRecorded;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.RagAssessed;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.rules.BenefitChecks;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.api.rules.EffectiveDates;
import org.promisetracker.api.rules.Texts;
import org.promisetracker.api.rules.Usernames;
import org.promisetracker.command.caching.AggregateCaching;
import org.promisetracker.command.directory.PlanDirectory;
import org.promisetracker.command.directory.PlanDirectory.PlanDates;
import org.promisetracker.command.rules.Ids;
import org.promisetracker.command.rules.Recordings;

/**
 * A benefit (a measurable improvement) with its measurements, their corrections and its RAG
 * assessments. Aggregate measures only: counts, percentages, money, narrative; never a child.
 */
@Aggregate(cache = AggregateCaching.BENEFITS)
class Benefit {

    /** More people than any one item is updated by is a mistake. */
    static final int MOST_ASSIGNEES = 50;

    @AggregateIdentifier
    private String benefitId;

    private BenefitAdded definition;
    /** Who updates it, as last assigned. */
    private List<String> assignees = List.of();

    private Recorded created;
    private final Map<String, Measurement> measurements = new HashMap<>();
    /** The event applied last, which a command handler answers with. */
    private Recorded lastApplied;

    /** What a measurement says now, after any corrections, and the event that first recorded it. */
    private record Measurement(
            MeasurementRecorded original,
            Recorded recorded,
            LocalDate effectiveDate,
            BigDecimal value,
            String evidence) {}

    Benefit() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Recorded handle(AddBenefit command, PlanDirectory directory) {
        PlanDates plan = directory.plan(command.planId());
        if (command.type() == null) {
            throw CommandRejected.invalid("type", "Say whether the benefit is QUALITATIVE, QUANTITATIVE or CASHABLE.");
        }
        BenefitAdded event = new BenefitAdded(
                command.benefitId(),
                command.planId(),
                Texts.clean("ref", command.ref(), Texts.REF),
                command.actionIds().stream().distinct().toList(),
                Texts.required("title", command.title(), Texts.TITLE, "A benefit needs a title."),
                command.type(),
                Texts.required("measure", command.measure(), Texts.TITLE, "Say how the benefit is measured."),
                Texts.required(
                        "collectionMethod", command.collectionMethod(), Texts.TITLE, "Say how the data is collected."),
                Texts.clean("dataSource", command.dataSource(), Texts.LINE),
                unit(command),
                Objects.requireNonNullElse(command.direction(), Direction.HIGHER_IS_BETTER),
                baseline(command.baseline()),
                command.target(),
                Objects.requireNonNullElse(command.effectiveFrom(), plan.start()));
        if (definition != null) {
            Ids.assertSameAsRecorded(event, definition, "benefit");
            return created;
        }
        directory.assertIdFree(command.benefitId());
        BenefitRules.assertRefFree(directory, event.planId(), event.ref());
        BenefitRules.assertActionsOfPlan(directory, event.actionIds(), event.planId());
        BenefitChecks.assertBaselineAndTarget(event);
        EffectiveDates.assertEffectiveFromWithinPlan("A benefit", event.effectiveFrom(), plan.start(), plan.end());
        apply(event);
        return lastApplied;
    }

    @CommandHandler
    Recorded handle(RecordMeasurement command, PlanDirectory directory, Clock clock) {
        Ids.assertRecorded(definition, "benefit", benefitId);
        MeasurementRecorded event = new MeasurementRecorded(
                benefitId,
                definition.planId(),
                command.measurementId(),
                command.effectiveDate(),
                command.value(),
                Texts.clean("evidence", command.evidence(), Texts.TEXT),
                Texts.required("source", command.source(), Texts.LINE, "Say where the measurement comes from."),
                Texts.clean("lateReason", command.lateReason(), Texts.TEXT));
        Measurement existing = measurements.get(command.measurementId());
        if (existing != null) {
            // the same measurement sent again is the same whatever it says about being late
            if (!withLateReason(event, existing.original().lateReason()).equals(existing.original())) {
                throw CommandRejected.conflict("A different measurement is already recorded with this id.");
            }
            return existing.recorded();
        }
        EffectiveDates.assertWithinPlan(
                "effectiveDate",
                command.effectiveDate(),
                directory.plan(definition.planId()).start(),
                clock);
        BenefitChecks.assertMeasuredAsTyped(definition.type(), event.value(), event.evidence());
        directory.assertLateReasonIfReported(definition.planId(), event.effectiveDate(), event.lateReason());
        apply(event);
        return lastApplied;
    }

    @CommandHandler
    Recorded handle(CorrectMeasurement command, PlanDirectory directory, Clock clock) {
        Ids.assertRecorded(definition, "benefit", benefitId);
        Measurement current = measurements.get(command.measurementId());
        if (current == null) {
            throw CommandRejected.notFound("This benefit has no measurement " + command.measurementId() + ".");
        }
        String reason =
                Texts.required("reason", command.reason(), Texts.TEXT, "Say why the measurement is being corrected.");
        LocalDate effectiveDate = Objects.requireNonNullElse(command.effectiveDate(), current.effectiveDate());
        BigDecimal value = command.value() != null ? command.value() : current.value();
        String corrected = Texts.clean("evidence", command.evidence(), Texts.TEXT);
        String evidence = corrected != null ? corrected : current.evidence();
        if (command.effectiveDate() != null) {
            EffectiveDates.assertWithinPlan(
                    "effectiveDate",
                    effectiveDate,
                    directory.plan(definition.planId()).start(),
                    clock);
        }
        BenefitChecks.assertMeasuredAsTyped(definition.type(), value, evidence);
        // no late-reason rule here: a correction always says why, and its reason serves
        if (effectiveDate.equals(current.effectiveDate())
                && sameValue(value, current.value())
                && Objects.equals(evidence, current.evidence())) {
            throw CommandRejected.invalid(
                    null, "The correction changes nothing: give the corrected value, evidence or effective date.");
        }
        apply(new MeasurementCorrected(
                benefitId, definition.planId(), command.measurementId(), effectiveDate, value, evidence, reason));
        return lastApplied;
    }

    @CommandHandler
    Recorded handle(AssessRag command, PlanDirectory directory, Clock clock) {
        Ids.assertRecorded(definition, "benefit", benefitId);
        if (command.rag() == null || command.rag() == Rag.NOT_ASSESSED) {
            throw CommandRejected.invalid("rag", "Assess the benefit as GREEN, AMBER or RED.");
        }
        EffectiveDates.assertWithinPlan(
                "effectiveDate",
                command.effectiveDate(),
                directory.plan(definition.planId()).start(),
                clock);
        String rationale =
                Texts.required("rationale", command.rationale(), Texts.TEXT, "Give the rationale for the assessment.");
        String lateReason = Texts.clean("lateReason", command.lateReason(), Texts.TEXT);
        directory.assertLateReasonIfReported(definition.planId(), command.effectiveDate(), lateReason);
        apply(new RagAssessed(
                benefitId, definition.planId(), command.rag(), command.effectiveDate(), rationale, lateReason));
        return lastApplied;
    }

    private static MeasurementRecorded withLateReason(MeasurementRecorded event, String lateReason) {
        return new MeasurementRecorded(
                event.benefitId(),
                event.planId(),
                event.measurementId(),
                event.effectiveDate(),
                event.value(),
                event.evidence(),
                event.source(),
                lateReason);
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Baseline baseline(Baseline baseline) {
        return baseline == null
                ? null
                : new Baseline(
                        baseline.value(),
                        Texts.clean("baseline.evidence", baseline.evidence(), Texts.TEXT),
                        baseline.date());
    }

    private static String unit(AddBenefit command) {
        String unit = Texts.clean("unit", command.unit(), Texts.SHORT);
        if (command.type() == BenefitType.CASHABLE && unit == null) {
            return "GBP";
        }
        return unit;
    }

    /** The people who update the benefit; the same list again records nothing. */
    @CommandHandler
    Recorded handle(AssignBenefit command) {
        Ids.assertRecorded(definition, "benefit", benefitId);
        List<String> usernames = Usernames.checkedList("usernames", command.usernames(), MOST_ASSIGNEES);
        if (!usernames.equals(assignees)) {
            apply(new BenefitAssigned(benefitId, definition.planId(), usernames));
        }
        return lastApplied;
    }

    @EventSourcingHandler
    void on(BenefitAdded event, EventMessage<?> message) {
        benefitId = event.benefitId();
        definition = event;
        created = Recordings.of(message);
        lastApplied = created;
    }

    @EventSourcingHandler
    void on(MeasurementRecorded event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        measurements.put(
                event.measurementId(),
                new Measurement(event, lastApplied, event.effectiveDate(), event.value(), event.evidence()));
    }

    @EventSourcingHandler
    void on(RagAssessed event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
    }

    @EventSourcingHandler
    void on(MeasurementCorrected event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        measurements.computeIfPresent(
                event.measurementId(),
                (id, measurement) -> new Measurement(
                        measurement.original(),
                        measurement.recorded(),
                        event.effectiveDate(),
                        event.value(),
                        event.evidence()));
    }

    @EventSourcingHandler
    void on(BenefitAssigned event, EventMessage<?> message) {
        lastApplied = Recordings.of(message);
        assignees = event.usernames();
    }

    // Ids says why; each aggregate declares it, as Axon finds handlers only in the aggregate's class hierarchy
    @EventSourcingHandler
    void onAnotherKind(Object event, @SourceId String id) {
        benefitId = id;
    }
}
