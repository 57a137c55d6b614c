package org.promisetracker.app.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.RecordProgressNote;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.CorrectMeasurement;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.benefit.Target;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.plan.CreatePlan;
import org.promisetracker.api.report.PublishReport;
import org.promisetracker.platform.testing.StoredTime;

/**
 * Records facts straight through the command gateway (no HTTP), each stamped with who recorded it,
 * as the HTTP layer would. Fast enough to build a 32-action plan with its history in a test.
 */
public final class Recorder {

    static final LocalDate PLAN_START = LocalDate.of(2021, 4, 1);

    private final CommandGateway gateway;
    private final String user;

    Recorder(CommandGateway gateway, String user) {
        this.gateway = gateway;
        this.user = user;
    }

    public Recorder as(String otherUser) {
        return new Recorder(gateway, otherUser);
    }

    Recorded send(Object command) {
        return gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of("recordedBy", user)));
    }

    static LocalDate d(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A South Ayrshire plan, 2021-04-01 to 2030-03-31; the title is made unique so plans of different tests differ. */
    String plan(String title) {
        String planId = newId();
        send(new CreatePlan(planId, title, "South Ayrshire Council", PLAN_START, d("2030-03-31"), "Improvement area"));
        return planId;
    }

    String area(String planId, int number, String title) {
        String areaId = newId();
        send(new AddArea(planId, areaId, number, title));
        return areaId;
    }

    String action(String planId, String areaId, String ref, LocalDate dueDate, LocalDate effectiveFrom) {
        String actionId = newId();
        send(new AddAction(
                actionId,
                planId,
                areaId,
                ref,
                "Illustrative action " + ref,
                "Corporate Parenting Lead Officer",
                dueDate,
                null,
                effectiveFrom,
                List.of(),
                null));
        return actionId;
    }

    String benefit(
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
        send(new AddBenefit(
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
                effectiveFrom));
        return benefitId;
    }

    Recorded status(String actionId, ActionStatus status, String effectiveDate, String comment) {
        return send(new ChangeActionStatus(actionId, status, d(effectiveDate), comment, null));
    }

    /** A status dated within a period already reported, with why it comes only now. */
    Recorded lateStatus(String actionId, ActionStatus status, String effectiveDate, String comment, String lateReason) {
        return send(new ChangeActionStatus(actionId, status, d(effectiveDate), comment, null, lateReason));
    }

    Recorded supersede(String actionId, String successorId, String effectiveDate, String comment) {
        return send(new ChangeActionStatus(actionId, ActionStatus.SUPERSEDED, d(effectiveDate), comment, successorId));
    }

    Recorded note(String actionId, String effectiveDate, String text) {
        return send(new RecordProgressNote(actionId, d(effectiveDate), text));
    }

    Recorded lateNote(String actionId, String effectiveDate, String text, String lateReason) {
        return send(new RecordProgressNote(actionId, d(effectiveDate), text, lateReason));
    }

    Recorded lateRag(String benefitId, Rag rag, String effectiveDate, String rationale, String lateReason) {
        return send(new AssessRag(benefitId, rag, d(effectiveDate), rationale, lateReason));
    }

    Recorded rag(String benefitId, Rag rag, String effectiveDate, String rationale) {
        return send(new AssessRag(benefitId, rag, d(effectiveDate), rationale));
    }

    Recorded measure(String benefitId, String measurementId, String effectiveDate, String value) {
        return send(new RecordMeasurement(
                benefitId, measurementId, d(effectiveDate), new BigDecimal(value), null, "Service records"));
    }

    Recorded evidence(String benefitId, String measurementId, String effectiveDate, String evidence) {
        return send(new RecordMeasurement(benefitId, measurementId, d(effectiveDate), null, evidence, "Survey"));
    }

    Recorded correct(String benefitId, String measurementId, String value, String effectiveDate, String reason) {
        return send(new CorrectMeasurement(
                benefitId,
                measurementId,
                value == null ? null : new BigDecimal(value),
                null,
                effectiveDate == null ? null : d(effectiveDate),
                reason));
    }

    public Recorded publish(String planId, String reportId, String reportDate, String committee, String title) {
        return send(new PublishReport(reportId, planId, committee, d(reportDate), title));
    }

    static void awaitClockPast(Instant instant) {
        StoredTime.awaitClockPast(instant);
    }
}
