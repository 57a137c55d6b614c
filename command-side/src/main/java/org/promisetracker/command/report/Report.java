package org.promisetracker.command.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.report.PublishReport;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.api.rules.EffectiveDates;
import org.promisetracker.api.rules.Texts;
import org.promisetracker.command.caching.AggregateCaching;
import org.promisetracker.command.directory.PlanDirectory;
import org.promisetracker.command.directory.PlanDirectory.PlanDates;
import org.promisetracker.command.directory.PlanDirectory.RoundSignOff;
import org.promisetracker.command.rules.Recordings;

/**
 * A progress report published to a committee. Publishing is the whole life of a report: its
 * content is the plan as at the report date, as known at the publication instant, and is never
 * changed afterwards; later knowledge shows up as restatements, not as edits.
 */
@Aggregate(cache = AggregateCaching.REPORTS)
class Report {

    @AggregateIdentifier
    private String reportId;

    private ReportPublished definition;
    private Recorded published;

    Report() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Recorded handle(PublishReport command, PlanDirectory directory, Clock clock) {
        PlanDates plan = directory.plan(command.planId());
        RoundSignOff round = command.roundId() == null ? null : signedOffRound(command, directory);
        ReportPublished event = new ReportPublished(
                command.reportId(),
                command.planId(),
                Texts.required("committee", command.committee(), Texts.NAME, "Name the committee the report goes to."),
                command.reportDate(),
                Texts.required("title", command.title(), Texts.LINE, "A report needs a title."),
                command.roundId(),
                round == null ? null : round.signedOffBy(),
                round == null ? null : round.signedOffAt());
        if (definition != null) {
            if (!event.equals(definition)) {
                throw CommandRejected.conflict("A different report is already published with this id.");
            }
            return published;
        }
        directory.assertIdFree(command.reportId());
        EffectiveDates.assertWithinPlan("reportDate", command.reportDate(), plan.start(), clock);
        apply(event);
        return published;
    }

    /** The round the report is published from: of this plan and report date, and signed off. */
    private static RoundSignOff signedOffRound(PublishReport command, PlanDirectory directory) {
        RoundSignOff round = directory
                .round(command.roundId())
                .filter(found -> found.planId().equals(command.planId()))
                .orElseThrow(
                        () -> CommandRejected.notFound("The plan has no reporting round " + command.roundId() + "."));
        if (!round.reportDate().equals(command.reportDate())) {
            throw CommandRejected.conflict(
                    "reportDate",
                    "The round prepares the report as at " + EffectiveDates.spoken(round.reportDate())
                            + "; publish it with that date.");
        }
        if (!round.signedOff()) {
            throw CommandRejected.conflict(
                    "roundId",
                    "The round is not signed off yet; an approver signs it off once every update is approved.");
        }
        return round;
    }

    @EventSourcingHandler
    void on(ReportPublished event, EventMessage<?> message) {
        reportId = event.reportId();
        definition = event;
        published = Recordings.of(message);
    }

    // Ids says why; each aggregate declares it, as Axon finds handlers only in the aggregate's class hierarchy
    @EventSourcingHandler
    void onAnotherKind(Object event, @SourceId String id) {
        reportId = id;
    }
}
