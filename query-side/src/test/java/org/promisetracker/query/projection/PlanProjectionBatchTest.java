package org.promisetracker.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ProgressNoteRecorded;
import org.promisetracker.api.benefit.MeasurementCorrected;
import org.promisetracker.api.benefit.MeasurementRecorded;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.query.projection.RecordingJdbcTemplate.Call;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.promisetracker.query.report.ReportFreezer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One batch of events as the processor hands it over: a measurement, its correction, a report that
 * must be frozen from both, and a note after the report. No database: the rows are recorded.
 */
class PlanProjectionBatchTest {

    private final RecordingJdbcTemplate jdbc = new RecordingJdbcTemplate();
    private final ReadSchemas schemas = spy(new ReadSchemas(mock(JdbcClient.class)));
    private final ReportFreezer freezer = mock(ReportFreezer.class);
    private final ProjectionProgress progress = mock(ProjectionProgress.class);
    private final Savepoints savepoints = new DirectSavepoints();
    private final AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new PlanProjection(
            new BatchWriter(jdbc, savepoints, false),
            new EventPositions(mock(JdbcClient.class)),
            schemas,
            freezer,
            progress,
            savepoints));

    @Test
    void givenAMeasurementItsCorrectionAndAReportInOneBatch_whenProjected_thenTheReportIsFrozenAfterBothRowsAreIn() {
        doReturn(new ReadSchemas.State("read_a", null, null, null, null))
                .when(schemas)
                .state();
        LocalDate date = LocalDate.of(2023, 1, 31);
        List<EventMessage<?>> events = tracked(
                new MeasurementRecorded(
                        "benefit", "plan", "measurement", date, new BigDecimal("35"), null, "Training records"),
                new MeasurementCorrected(
                        "benefit", "plan", "measurement", date, new BigDecimal("37"), null, "Late returns"),
                new ReportPublished("report", "plan", "Committee", date, "Progress report"),
                new ProgressNoteRecorded("action", "plan", date, "After the report"));
        List<Call> inWhenFrozen = new ArrayList<>();
        doAnswer(freezing -> inWhenFrozen.addAll(jdbc.calls))
                .when(freezer)
                .freeze(any(), any(), any(), any(), anyLong(), any(), any());
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);

        batch.executeWithResult(() -> projection.handle(batch.getMessage()));

        assertThat(batch.isRolledBack()).isFalse();
        // the facts before the report, then the plan's new version, once for both
        assertThat(inWhenFrozen)
                .hasSize(2)
                .satisfiesExactly(
                        call -> {
                            assertThat(call.sql()).startsWith("INSERT INTO read_a.fact");
                            assertThat(call.rows())
                                    .extracting(row -> row.get(0))
                                    .containsExactly(0L, 1L);
                        },
                        call -> {
                            assertThat(call.sql()).startsWith("INSERT INTO read_a.plan_version");
                            assertThat(call.rows())
                                    .extracting(row -> row.get(0))
                                    .containsExactly("plan");
                        });
        assertThat(jdbc.calls).hasSize(4).satisfies(calls -> {
            assertThat(calls.get(2).sql()).startsWith("INSERT INTO read_a.fact");
            assertThat(calls.get(2).rows()).extracting(row -> row.get(0)).containsExactly(3L);
            assertThat(calls.get(3).sql()).startsWith("INSERT INTO read_a.plan_version");
        });
        var order = inOrder(freezer, progress);
        order.verify(freezer).freeze(eq("read_a"), any(), any(), any(), eq(2L), any(), any());
        order.verify(progress).committed(3L);
    }

    @Test
    void givenABatchOfFactsOnly_whenProjected_thenItsCommitDoesNotWaitForTheDisk() {
        doReturn(new ReadSchemas.State("read_a", null, null, null, null))
                .when(schemas)
                .state();
        LocalDate date = LocalDate.of(2023, 1, 31);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(tracked(
                new MeasurementRecorded(
                        "benefit", "plan", "measurement", date, new BigDecimal("35"), null, "Training records"),
                new ProgressNoteRecorded("action", "plan", date, "A note")));

        batch.executeWithResult(() -> projection.handle(batch.getMessage()));

        // derived rows, projected again from the token should the database lose them in a crash
        assertThat(jdbc.calls)
                .extracting(Call::sql)
                .containsOnlyOnce("SET LOCAL synchronous_commit TO OFF")
                .anyMatch(sql -> sql.startsWith("INSERT INTO read_a.fact"));
    }

    @Test
    void givenABatchThatFreezesAReport_whenProjected_thenItsCommitWaitsForTheDisk() {
        doReturn(new ReadSchemas.State("read_a", null, null, null, null))
                .when(schemas)
                .state();
        LocalDate date = LocalDate.of(2023, 1, 31);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(tracked(
                new ProgressNoteRecorded("action", "plan", date, "Before the report"),
                new ReportPublished("report", "plan", "Committee", date, "Progress report")));

        batch.executeWithResult(() -> projection.handle(batch.getMessage()));

        assertThat(jdbc.calls).isNotEmpty().extracting(Call::sql).noneMatch(sql -> sql.startsWith("SET LOCAL"));
    }

    @Test
    void givenABatchThatFails_whenProjected_thenNoProgressIsReported() {
        doReturn(new ReadSchemas.State("read_a", null, null, null, null))
                .when(schemas)
                .state();
        jdbc.failure = new IllegalStateException("the database is gone");
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
                tracked(new ProgressNoteRecorded("action", "plan", LocalDate.of(2023, 1, 31), "Lost")));

        batch.executeWithResult(() -> projection.handle(batch.getMessage()));

        assertThat(batch.isRolledBack()).isTrue();
        verify(progress, never()).committed(anyLong());
    }

    /** The events as a stream hands them over, at positions 0, 1, 2... */
    private static List<EventMessage<?>> tracked(Object... payloads) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (Object payload : payloads) {
            messages.add(new GenericTrackedEventMessage<>(
                    new GlobalSequenceTrackingToken(messages.size()), GenericEventMessage.asEventMessage(payload)));
        }
        return messages;
    }
}
