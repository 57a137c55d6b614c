package org.promisetracker.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

class EventPositionsTest {

    /** The JPA store's token: at the highest index seen, whichever event it came with. */
    private static final TrackingToken GAP_AWARE = GapAwareTrackingToken.newInstance(12, Set.of());

    private final JdbcClient jdbc = mock(JdbcClient.class);
    private final EventPositions positions = new EventPositions(jdbc);
    private final EventMessage<?> first = GenericEventMessage.asEventMessage("first");
    private final EventMessage<?> gapFiller = GenericEventMessage.asEventMessage("gap filler");
    private final EventMessage<?> unknown = GenericEventMessage.asEventMessage("not in the batch's answer");

    @AfterEach
    void leaveNoUnitOfWorkBehind() {
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().rollback();
        }
    }

    @Test
    void givenABatchFromTheJpaStore_whenPositionsAreAsked_thenTheStoreIsAskedOnceForAllAndOnceMoreForAnyItLacks() {
        answerForTheBatch(List.of(Map.entry(first.getIdentifier(), 12L), Map.entry(gapFiller.getIdentifier(), 9L)));
        answerOnItsOwn(unknown, 13L);
        BatchingUnitOfWork<EventMessage<?>> batch =
                new BatchingUnitOfWork<>(List.<EventMessage<?>>of(first, gapFiller, unknown));
        List<Long> found = new ArrayList<>();

        batch.executeWithResult(() -> found.add(positions.of(batch.getMessage(), GAP_AWARE)));

        assertThat(found).containsExactly(12L, 9L, 13L);
        verify(jdbc, times(1)).sql(contains("= ANY(?)"));
        verify(jdbc, times(1)).sql(contains("= ?"));
    }

    @Test
    void givenAReplayOfTheJpaStore_whenAPositionIsAsked_thenTheStoreIsAskedAllTheSame() {
        answerForTheBatch(List.of(Map.entry(first.getIdentifier(), 9L)));
        TrackingToken replaying =
                ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(20, Set.of()), GAP_AWARE);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.<EventMessage<?>>of(first));
        List<Long> found = new ArrayList<>();

        batch.executeWithResult(() -> found.add(positions.of(batch.getMessage(), replaying)));

        assertThat(found).containsExactly(9L);
    }

    @Test
    void givenNoBatch_whenAPositionIsAsked_thenTheStoreIsAskedForThatEvent() {
        answerOnItsOwn(unknown, 13L);

        assertThat(positions.of(unknown, GAP_AWARE)).isEqualTo(13L);
    }

    @Test
    void givenAxonServersExactTokens_whenAPositionIsAsked_thenItIsTheTokensAndTheStoreIsNotAsked() {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.<EventMessage<?>>of(first));
        List<Long> found = new ArrayList<>();

        batch.executeWithResult(() -> found.add(positions.of(batch.getMessage(), new GlobalSequenceTrackingToken(7))));

        assertThat(found).containsExactly(7L);
        verifyNoInteractions(jdbc);
    }

    @SuppressWarnings("unchecked")
    private void answerForTheBatch(List<Map.Entry<String, Long>> answer) {
        StatementSpec statement = mock(StatementSpec.class);
        MappedQuerySpec<Map.Entry<String, Long>> rows = mock(MappedQuerySpec.class);
        when(jdbc.sql(contains("= ANY(?)"))).thenReturn(statement);
        when(statement.param(any())).thenReturn(statement);
        when(statement.query(any(RowMapper.class))).thenReturn(rows);
        when(rows.list()).thenReturn(answer);
    }

    @SuppressWarnings("unchecked")
    private void answerOnItsOwn(EventMessage<?> event, long position) {
        StatementSpec statement = mock(StatementSpec.class);
        MappedQuerySpec<Long> value = mock(MappedQuerySpec.class);
        when(jdbc.sql(contains("= ?"))).thenReturn(statement);
        when(statement.param(event.getIdentifier())).thenReturn(statement);
        when(statement.query(Long.class)).thenReturn(value);
        when(value.single()).thenReturn(position);
    }
}
