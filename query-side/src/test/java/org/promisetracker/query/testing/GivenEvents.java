package org.promisetracker.query.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.action.ActionAdded;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.ActionStatusChanged;
import org.promisetracker.api.action.ProgressNoteRecorded;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.MeasurementCorrected;
import org.promisetracker.api.benefit.MeasurementRecorded;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.RagAssessed;
import org.promisetracker.api.benefit.Target;
import org.promisetracker.api.plan.AreaAdded;
import org.promisetracker.api.plan.PlanCreated;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.platform.axon.MessageMetadata;

/**
 * The facts a query-side test starts from, as the events of shared-events, appended to the event
 * store the way the command side's aggregates store them: a domain event of the aggregate that
 * applies it (type, identifier, next sequence number), stamped with who recorded it. No command
 * runs, so no rule of the command side applies either: what the events say is what the test says.
 * The shorthands fill in what the command side would (an item counts from the plan's start).
 */
public final class GivenEvents {

    public static final LocalDate PLAN_START = LocalDate.of(2021, 4, 1);

    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final String user;

    GivenEvents(EventStore eventStore, TransactionManager transactions, String user) {
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.user = user;
    }

    /** The same log, the facts recorded by someone else. */
    public GivenEvents as(String otherUser) {
        return new GivenEvents(eventStore, transactions, otherUser);
    }

    public static LocalDate d(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Stores the event as its aggregate would; answers what a command that applied it would. */
    public Recorded event(Object event) {
        if (event instanceof PlanCreated e) {
            return append("Plan", e.planId(), e);
        }
        if (event instanceof AreaAdded e) {
            return append("Plan", e.planId(), e);
        }
        if (event instanceof ActionAdded e) {
            return append("Action", e.actionId(), e);
        }
        if (event instanceof ActionStatusChanged e) {
            return append("Action", e.actionId(), e);
        }
        if (event instanceof ProgressNoteRecorded e) {
            return append("Action", e.actionId(), e);
        }
        if (event instanceof BenefitAdded e) {
            return append("Benefit", e.benefitId(), e);
        }
        if (event instanceof MeasurementRecorded e) {
            return append("Benefit", e.benefitId(), e);
        }
        if (event instanceof MeasurementCorrected e) {
            return append("Benefit", e.benefitId(), e);
        }
        if (event instanceof RagAssessed e) {
            return append("Benefit", e.benefitId(), e);
        }
        if (event instanceof ReportPublished e) {
            return append("Report", e.reportId(), e);
        }
        throw new IllegalArgumentException("Not an event of an aggregate: " + event);
    }

    /** A South Ayrshire plan, 2021-04-01 to 2030-03-31. */
    public String plan(String title) {
        String planId = newId();
        event(new PlanCreated(
                planId, title, "South Ayrshire Council", PLAN_START, d("2030-03-31"), "Improvement area"));
        return planId;
    }

    public String area(String planId, int number, String title) {
        String areaId = newId();
        event(new AreaAdded(planId, areaId, number, title));
        return areaId;
    }

    public String action(String planId, String areaId, String ref, LocalDate dueDate, LocalDate effectiveFrom) {
        String actionId = newId();
        event(new ActionAdded(
                actionId,
                planId,
                areaId,
                ref,
                "Illustrative action " + ref,
                "Corporate Parenting Lead Officer",
                dueDate,
                null,
                Objects.requireNonNullElse(effectiveFrom, PLAN_START),
                List.of(),
                null));
        return actionId;
    }

    public String benefit(
            String planId,
            BenefitType type,
            Direction direction,
            LocalDate effectiveFrom,
            String title,
            String... actionIds) {
        String benefitId = newId();
        Baseline baseline = type == BenefitType.QUALITATIVE
                ? new Baseline(null, "Baseline evidence gathered in 2021 (illustrative)", d("2021-03-31"))
                : new Baseline(new BigDecimal("50"), null, d("2021-03-31"));
        Target target = type == BenefitType.QUALITATIVE ? null : new Target(new BigDecimal("80"), d("2024-03-31"));
        event(new BenefitAdded(
                benefitId,
                planId,
                null,
                List.of(actionIds),
                title,
                type,
                "How " + title + " is measured",
                "Quarterly return",
                "Service records",
                type == BenefitType.QUANTITATIVE ? "%" : null,
                direction,
                baseline,
                target,
                Objects.requireNonNullElse(effectiveFrom, PLAN_START)));
        return benefitId;
    }

    public Recorded status(String actionId, ActionStatus status, String effectiveDate, String comment) {
        return event(new ActionStatusChanged(actionId, planOf(actionId), status, d(effectiveDate), comment, null));
    }

    public Recorded supersede(String actionId, String successorId, String effectiveDate, String comment) {
        return event(new ActionStatusChanged(
                actionId, planOf(actionId), ActionStatus.SUPERSEDED, d(effectiveDate), comment, successorId));
    }

    public Recorded note(String actionId, String effectiveDate, String text) {
        return event(new ProgressNoteRecorded(actionId, planOf(actionId), d(effectiveDate), text));
    }

    public Recorded rag(String benefitId, Rag rag, String effectiveDate, String rationale) {
        return event(new RagAssessed(benefitId, planOf(benefitId), rag, d(effectiveDate), rationale));
    }

    public Recorded measure(String benefitId, String measurementId, String effectiveDate, String value) {
        return event(new MeasurementRecorded(
                benefitId,
                planOf(benefitId),
                measurementId,
                d(effectiveDate),
                new BigDecimal(value),
                null,
                "Service records"));
    }

    /** The whole corrected measurement, as the event carries it: its effective date and value from now on. */
    public Recorded correct(String benefitId, String measurementId, String effectiveDate, String value, String reason) {
        return event(new MeasurementCorrected(
                benefitId, planOf(benefitId), measurementId, d(effectiveDate), new BigDecimal(value), null, reason));
    }

    public Recorded publish(String planId, String reportId, String reportDate, String committee, String title) {
        return event(new ReportPublished(reportId, planId, committee, d(reportDate), title));
    }

    /** The plan of an action or a benefit, from the event that added it. */
    private String planOf(String itemId) {
        Object added = transactions.fetchInTransaction(
                () -> eventStore.readEvents(itemId).next().getPayload());
        if (added instanceof ActionAdded action) {
            return action.planId();
        }
        if (added instanceof BenefitAdded benefit) {
            return benefit.planId();
        }
        throw new IllegalArgumentException(itemId + " is neither an action nor a benefit");
    }

    private Recorded append(String aggregateType, String aggregateId, Object payload) {
        return transactions.fetchInTransaction(() -> {
            long sequence = eventStore
                    .lastSequenceNumberFor(aggregateId)
                    .map(last -> last + 1)
                    .orElse(0L);
            // the store keeps milliseconds; stamped so, the answer is the instant the readers see
            Instant timestamp = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(
                    aggregateType,
                    aggregateId,
                    sequence,
                    payload,
                    Map.of(MessageMetadata.RECORDED_BY, user),
                    newId(),
                    timestamp);
            eventStore.publish(message);
            return new Recorded(message.getIdentifier(), timestamp);
        });
    }
}
