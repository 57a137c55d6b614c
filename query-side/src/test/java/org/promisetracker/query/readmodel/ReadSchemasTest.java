package org.promisetracker.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReadSchemasTest {

    private final ReadSchemas schemas = spy(new ReadSchemas(mock(JdbcClient.class)));

    @Test
    void givenABatch_whenItsEventsAskWhereTheyGo_thenTheStateIsReadOnceAndEveryAnswerFollowsIt() {
        doReturn(new ReadSchemas.State("read_a", "read_b", null, 10L, null))
                .when(schemas)
                .state();
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);

        List<String> replayed = schemas.targetsFor(true);
        List<String> live = schemas.targetsFor(false);
        doReturn(new ReadSchemas.State("read_b", null, null, null, null))
                .when(schemas)
                .state();
        List<String> afterTheSwitch = schemas.targetsFor(false);
        batch.commit();

        assertThat(replayed).containsExactly("read_b");
        assertThat(live).containsExactly("read_a", "read_b");
        assertThat(afterTheSwitch).containsExactly("read_a", "read_b");
        verify(schemas, times(1)).state();
    }

    @Test
    void givenNoUnitOfWork_whenAskedWhereAnEventGoes_thenTheStateIsReadEachTime() {
        doReturn(new ReadSchemas.State("read_a", null, null, null, null))
                .when(schemas)
                .state();

        assertThat(schemas.targetsFor(false)).containsExactly("read_a");
        assertThat(schemas.targetsFor(false)).containsExactly("read_a");

        verify(schemas, times(2)).state();
    }
}
