package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.RecordProgressNote;
import org.promisetracker.api.admin.RebuildProgress;
import org.promisetracker.api.admin.StartRebuild;
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
import org.promisetracker.api.summary.FindPlanSummary;
import org.promisetracker.api.summary.PlanSummary;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.FindReport;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.ReportView;
import org.promisetracker.app.support.ProjectionSync;
import org.promisetracker.platform.testing.TestPostgres;
import org.promisetracker.query.projection.PlanProjection;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.promisetracker.query.rebuild.Rebuild;
import org.promisetracker.web.api.Queries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A rebuild of a populated store ends with the same answers as before it, and reads answer throughout. */
@SpringBootTest
class RebuildTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    Queries queries;

    @Autowired
    Rebuild rebuild;

    @Autowired
    ReadSchemas schemas;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenPopulatedStore_whenRebuilt_thenEveryAnswerIsTheSameAndReadsNeverStop() {
        Before read = populatedAndRead();
        String planId = read.planId();
        String reportId = read.reportId();
        Instant knownAt = read.knownAt();
        List<Object> before = read.answers();
        String liveBefore = read.live();
        long newestVersionBefore =
                jdbc.queryForObject("SELECT max(version) FROM " + liveBefore + ".plan_version", Long.class);

        RebuildProgress started = rebuild.start();

        assertThat(started.rebuilding()).isTrue();
        assertThat(started.targetSchema()).isNotEqualTo(liveBefore);
        assertThat(started.eventsTotal()).isPositive();
        // while it runs, and whenever we look, the answers are the old tables' or the new ones', and the same
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(answers(planId, reportId, knownAt)).isEqualTo(before);
            assertThat(rebuild.progress().rebuilding()).isFalse();
        });
        assertThat(schemas.live()).isEqualTo(started.targetSchema());
        assertThat(answers(planId, reportId, knownAt)).isEqualTo(before);
        // every plan has a version again, none of them one that an answer kept from before could carry
        String rebuilt = started.targetSchema();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM " + rebuilt + ".plan p WHERE NOT EXISTS (SELECT 1 FROM " + rebuilt
                                + ".plan_version v WHERE v.plan_id = p.plan_id AND v.version > ?)",
                        Long.class,
                        newestVersionBefore))
                .isZero();

        // and the rebuilt tables keep up with what comes next
        commands.sendAndWait(
                new RecordProgressNote(actionId(planId, 1), LocalDate.of(2023, 3, 1), "After the rebuild"));
        new ProjectionSync(eventStore, processing).awaitCaughtUp();
        assertThat(queries.one(
                                new FindPlanDashboard(planId, LocalDate.of(2023, 3, 1), Instant.now()),
                                PlanDashboard.class,
                                "")
                        .areas()
                        .get(0)
                        .actions()
                        .get(0)
                        .latestNote()
                        .text())
                .isEqualTo("After the rebuild");
    }

    @Test
    void givenTheProjectionHoldsNoSegment_whenRebuildAsked_thenRefusedAndNothingChanges() {
        StreamingEventProcessor processor = processing
                .eventProcessor(PlanProjection.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        ReadSchemas.State before = schemas.state();
        // as while the service starts (or another node holds the segment): running, no segment claimed
        processor.releaseSegment(0, 10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> processor.processingStatus().isEmpty());

        assertThatThrownBy(rebuild::start).isInstanceOf(Rebuild.NotProjectingHere.class);

        assertThat(schemas.state()).isEqualTo(before);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !processor.processingStatus().isEmpty());
    }

    @Test
    void givenTheSegmentIsElsewhere_whenRebuildRequested_thenRecordedAndTheNodeThatHoldsItRebuilds() {
        Before read = populatedAndRead();
        String planId = read.planId();
        String reportId = read.reportId();
        Instant knownAt = read.knownAt();
        List<Object> before = read.answers();
        String liveBefore = read.live();
        StreamingEventProcessor processor = processing
                .eventProcessor(PlanProjection.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        // as on a standby node: the segment is held elsewhere (here: let go, and claimed again in a while)
        processor.releaseSegment(0, 3, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> processor.processingStatus().isEmpty());

        RebuildProgress asked = commands.sendAndWait(new StartRebuild());

        assertThat(asked.rebuilding()).isTrue();
        assertThat(asked.targetSchema()).isNotEqualTo(liveBefore);
        assertThat(schemas.state().rebuildRequestedAt()).isNotNull();
        assertThatThrownBy(() -> commands.sendAndWait(new StartRebuild())).hasMessageContaining("already running");
        // the node that takes the segment starts it, and makes the rebuilt schema live
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(schemas.live()).isNotEqualTo(liveBefore));
        assertThat(schemas.state().rebuilding()).isNull();
        assertThat(schemas.state().rebuildRequestedAt()).isNull();
        assertThat(answers(planId, reportId, knownAt)).isEqualTo(before);
    }

    /** A plan recorded and projected, with its answers and the live schema before any rebuild. */
    private record Before(String planId, String reportId, Instant knownAt, List<Object> answers, String live) {}

    private Before populatedAndRead() {
        String planId = UUID.randomUUID().toString();
        String reportId = UUID.randomUUID().toString();
        populate(planId, reportId);
        new ProjectionSync(eventStore, processing).awaitCaughtUp();
        Instant knownAt = Instant.now();
        return new Before(planId, reportId, knownAt, answers(planId, reportId, knownAt), schemas.live());
    }

    private List<Object> answers(String planId, String reportId, Instant knownAt) {
        return List.of(
                queries.one(new FindPlanSummary(planId, LocalDate.of(2023, 2, 20), knownAt), PlanSummary.class, ""),
                queries.one(new FindPlanSummary(planId, LocalDate.of(2022, 6, 30), knownAt), PlanSummary.class, ""),
                queries.one(new FindPlanDashboard(planId, LocalDate.of(2023, 2, 20), knownAt), PlanDashboard.class, ""),
                queries.one(new FindReport(reportId), ReportView.class, ""));
    }

    private static String actionId(String planId, int n) {
        return UUID.nameUUIDFromBytes((planId + ":action:" + n).getBytes()).toString();
    }

    private void populate(String planId, String reportId) {
        LocalDate start = LocalDate.of(2021, 4, 1);
        commands.sendAndWait(new CreatePlan(
                planId,
                "South Ayrshire's Parenting Promise 2021-2030",
                "South Ayrshire Council",
                start,
                LocalDate.of(2030, 3, 31),
                "Improvement area"));
        String areaId = UUID.randomUUID().toString();
        commands.sendAndWait(new AddArea(planId, areaId, 1, "Workforce understands the promise"));
        for (int n = 1; n <= 4; n++) {
            commands.sendAndWait(new AddAction(
                    actionId(planId, n),
                    planId,
                    areaId,
                    "1." + n,
                    "Action " + n,
                    "Corporate Parenting Lead Officer",
                    LocalDate.of(2023, 1, 31),
                    null,
                    null,
                    List.of(),
                    null));
            commands.sendAndWait(new ChangeActionStatus(
                    actionId(planId, n), ActionStatus.ON_TARGET, LocalDate.of(2022, 5, n), null, null));
        }
        commands.sendAndWait(new ChangeActionStatus(
                actionId(planId, 1), ActionStatus.COMPLETED, LocalDate.of(2023, 1, 20), "Done", null));
        commands.sendAndWait(new RecordProgressNote(actionId(planId, 2), LocalDate.of(2022, 11, 1), "Sessions booked"));
        String benefitId = UUID.randomUUID().toString();
        commands.sendAndWait(new AddBenefit(
                benefitId,
                planId,
                null,
                List.of(actionId(planId, 1)),
                "Staff trained",
                BenefitType.QUANTITATIVE,
                "% staff trained",
                "Training records",
                null,
                "%",
                Direction.HIGHER_IS_BETTER,
                new Baseline(new BigDecimal("12"), null, start),
                new Target(new BigDecimal("80"), LocalDate.of(2024, 3, 31)),
                null));
        String measurementId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordMeasurement(
                benefitId, measurementId, LocalDate.of(2022, 3, 31), new BigDecimal("35"), null, "Training records"));
        commands.sendAndWait(new RecordMeasurement(
                benefitId,
                UUID.randomUUID().toString(),
                LocalDate.of(2023, 1, 31),
                new BigDecimal("61.5"),
                null,
                "Training records"));
        commands.sendAndWait(new AssessRag(benefitId, Rag.AMBER, LocalDate.of(2023, 1, 31), "Behind trajectory"));
        commands.sendAndWait(new PublishReport(
                reportId, planId, "Performance and Audit Committee", LocalDate.of(2023, 2, 20), "Progress report"));
        commands.sendAndWait(
                new CorrectMeasurement(benefitId, measurementId, new BigDecimal("37"), null, null, "Late returns"));
        commands.sendAndWait(new ChangeActionStatus(
                actionId(planId, 3),
                ActionStatus.PROGRESSING,
                LocalDate.of(2023, 2, 10),
                "Slipped",
                null,
                "The February update came after the report"));
    }
}
