package org.promisetracker.command.directory;

import java.time.temporal.ChronoUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.promisetracker.api.action.ActionAdded;
import org.promisetracker.api.action.ActionStatusChanged;
import org.promisetracker.api.action.ProgressNoteRecorded;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.api.benefit.MeasurementRecorded;
import org.promisetracker.api.benefit.RagAssessed;
import org.promisetracker.api.plan.AreaAdded;
import org.promisetracker.api.plan.PlanCreated;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.api.round.RoundOpened;
import org.promisetracker.api.round.RoundSignedOff;
import org.springframework.stereotype.Component;

/**
 * Keeps the directory in step with the events that create structure. It runs in a subscribing
 * processor, inside the unit of work that appends the event: the row and the event commit or roll
 * back together, and a unique-key violation here refuses the command as a conflict.
 */
@Component
@ProcessingGroup(PlanDirectoryUpdater.GROUP)
class PlanDirectoryUpdater {

    static final String GROUP = "plan-directory";

    /** The metadata key of who sent the command (platform's {@code MessageMetadata.RECORDED_BY}, not on this module's class path). */
    private static final String RECORDED_BY = "recordedBy";

    private final JdbcPlanDirectory directory;

    PlanDirectoryUpdater(JdbcPlanDirectory directory) {
        this.directory = directory;
    }

    @EventHandler
    void on(PlanCreated event) {
        directory.addPlan(event.planId(), event.startDate(), event.endDate());
    }

    @EventHandler
    void on(AreaAdded event) {
        directory.add(event.areaId(), PlanDirectory.Kind.AREA, event.planId(), Integer.toString(event.number()));
    }

    @EventHandler
    void on(ActionAdded event) {
        directory.add(event.actionId(), PlanDirectory.Kind.ACTION, event.planId(), event.ref());
    }

    @EventHandler
    void on(BenefitAdded event) {
        directory.add(event.benefitId(), PlanDirectory.Kind.BENEFIT, event.planId(), event.ref());
    }

    @EventHandler
    void on(ReportPublished event) {
        directory.add(event.reportId(), PlanDirectory.Kind.REPORT, event.planId(), null);
        directory.reportPublished(event.planId(), event.reportId(), event.committee(), event.reportDate());
    }

    /*
     * The aggregates refuse a late fact without its reason, but a report of the plan may be published
     * between that check and the fact's append. Here, after the append, the plan's chain head is
     * locked (platform's ChainedAppends): a report published meanwhile has committed, and this reads
     * it; or it is published after this fact, and reports it. So the check is repeated here, as the
     * unique keys are the final arbiter of refs. (On Axon Server the append is not in this
     * transaction, and this check narrows the window without closing it.)
     */

    @EventHandler
    void on(ActionStatusChanged event) {
        directory.assertLateReasonIfReported(event.planId(), event.effectiveDate(), event.lateReason());
    }

    @EventHandler
    void on(ProgressNoteRecorded event) {
        directory.assertLateReasonIfReported(event.planId(), event.effectiveDate(), event.lateReason());
    }

    @EventHandler
    void on(MeasurementRecorded event) {
        directory.assertLateReasonIfReported(event.planId(), event.effectiveDate(), event.lateReason());
    }

    @EventHandler
    void on(RagAssessed event) {
        directory.assertLateReasonIfReported(event.planId(), event.effectiveDate(), event.lateReason());
    }

    @EventHandler
    void on(RoundOpened event) {
        directory.addRound(event.roundId(), event.planId(), event.reportDate());
    }

    @EventHandler
    void on(RoundSignedOff event, EventMessage<?> message) {
        Object by = message.getMetaData().get(RECORDED_BY);
        // to the millisecond, as the event store keeps the sign-off's own timestamp
        directory.signOffRound(
                event.roundId(),
                by == null ? null : by.toString(),
                message.getTimestamp().truncatedTo(ChronoUnit.MILLIS));
    }
}
