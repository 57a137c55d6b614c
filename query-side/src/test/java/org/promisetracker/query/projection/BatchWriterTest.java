package org.promisetracker.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.query.projection.RecordingJdbcTemplate.Call;
import org.springframework.dao.DataIntegrityViolationException;

class BatchWriterTest {

    private final RecordingJdbcTemplate jdbc = new RecordingJdbcTemplate();
    // commits that wait for the disk: these tests count the row statements alone (the relaxed
    // commit of the projection's batches is PlanProjectionBatchTest's)
    private final BatchWriter writer = new BatchWriter(jdbc, new DirectSavepoints(), true);

    @AfterEach
    void leaveNoUnitOfWorkBehind() {
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().rollback();
        }
    }

    @Test
    void givenNoUnitOfWork_whenInserting_thenTheRowGoesInAtOnce() {
        writer.insert("INSERT a", 1);

        assertThat(jdbc.calls).containsExactly(new Call("INSERT a", List.of(List.of(1))));
    }

    @Test
    void givenAUnitOfWork_whenItCommits_thenEachStatementsRowsGoInAsOneBatchInTheOrderAdded() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        writer.insert("INSERT a", 1);
        writer.insert("INSERT b", 2);
        writer.insert("INSERT a", 3);
        assertThat(jdbc.calls).isEmpty();

        unitOfWork.commit();

        assertThat(jdbc.calls)
                .containsExactly(
                        new Call("INSERT a", List.of(List.of(1), List.of(3))),
                        new Call("INSERT b", List.of(List.of(2))));
    }

    @Test
    void givenAFlushInTheMiddle_whenTheUnitOfWorkCommits_thenOnlyTheLaterRowsGoInThen() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        writer.insert("INSERT a", 1);
        writer.flush();
        assertThat(jdbc.calls).containsExactly(new Call("INSERT a", List.of(List.of(1))));
        writer.insert("INSERT a", 2);

        unitOfWork.commit();

        assertThat(jdbc.calls)
                .containsExactly(new Call("INSERT a", List.of(List.of(1))), new Call("INSERT a", List.of(List.of(2))));
    }

    @Test
    void givenTheRowsFailToGoIn_whenTheBatchCommits_thenItRollsBackAndItsEventsAreWrittenOnTheirOwnNextTime() {
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(
                List.of(GenericEventMessage.asEventMessage("one"), GenericEventMessage.asEventMessage("two")));
        AtomicBoolean rolledBack = new AtomicBoolean();
        batch.onRollback(unitOfWork -> rolledBack.set(true));
        jdbc.failure = new DataIntegrityViolationException("no");

        ResultMessage<?> result = batch.executeWithResult(() -> {
            writer.insert("INSERT a", 1);
            return null;
        });

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult())
                .isInstanceOf(BatchWriter.BatchFailed.class)
                .cause()
                .isSameAs(jdbc.failure);
        assertThat(rolledBack).isTrue();
        assertThat(batch.isRolledBack()).isTrue();

        // handled again: each event's rows go in at once, where a failure is that event's own
        jdbc.failure = null;
        jdbc.calls.clear();
        BatchingUnitOfWork<?> again = new BatchingUnitOfWork<>(batch.getMessages());
        again.executeWithResult(() -> {
            writer.insert("INSERT a", 1);
            assertThat(jdbc.calls).isNotEmpty();
            return null;
        });
        assertThat(jdbc.calls).hasSize(2);
    }
}
