package org.promisetracker.query.readmodel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of the two identical read schemas answers queries ({@code live}) and which, during a
 * rebuild, is being filled from the event store. Kept in the database so every query-side node
 * agrees on it.
 */
@Component
public class ReadSchemas {

    public static final List<String> ALL = List.of("read_a", "read_b");

    /**
     * {@code rebuildRequestedAt}: a rebuild was asked for on a node without the projection's segment,
     * and the node that holds it has not started it yet.
     */
    public record State(
            String live, String rebuilding, Instant rebuildStartedAt, Long rebuildTotal, Instant rebuildRequestedAt) {

        public Optional<String> rebuildTarget() {
            return Optional.ofNullable(rebuilding);
        }
    }

    private static final String BATCH_STATE = ReadSchemas.class.getName() + ".state";

    private final JdbcClient jdbc;

    public ReadSchemas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public State state() {
        return jdbc.sql("SELECT live_schema, rebuilding, rebuild_started_at, rebuild_total, rebuild_requested_at "
                        + "FROM read_state WHERE id = 1")
                .query((rs, row) -> new State(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                        (Long) rs.getObject(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .single();
    }

    public String live() {
        return state().live();
    }

    /**
     * Where an event goes: replayed events only into the schema being rebuilt, live ones into both.
     * Within a unit of work (a batch of events) the state is read once, at its first event, and the
     * whole batch goes by it, instead of a query per event. That is safe both ways: a rebuild begins
     * only while the projection is stopped, and completes only once every replayed event is
     * committed, so a batch that reads the state just before completion holds live events only,
     * and writes them into both schemas, the one about to go live among them.
     */
    public List<String> targetsFor(boolean replayed) {
        State state = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(BATCH_STATE, key -> state())
                : state();
        if (state.rebuilding() == null) {
            return List.of(state.live());
        }
        return replayed ? List.of(state.rebuilding()) : List.of(state.live(), state.rebuilding());
    }

    /** Records that a rebuild was asked for; false when one is already asked for or running. */
    public boolean requestRebuild() {
        return jdbc.sql("UPDATE read_state SET rebuild_requested_at = now() "
                                + "WHERE id = 1 AND rebuilding IS NULL AND rebuild_requested_at IS NULL")
                        .update()
                == 1;
    }

    /** Empties the other schema and marks it as the one being rebuilt (any request for it is taken). */
    public String beginRebuild(long totalEvents) {
        String target = other(live());
        for (String table : List.of(
                "fact",
                "report",
                "benefit",
                "action",
                "area",
                "plan",
                "plan_version",
                "plan_member",
                "round",
                "round_item",
                "round_step",
                "round_reminder",
                "round_reminder_outcome",
                "assignment")) {
            jdbc.sql("TRUNCATE " + target + "." + table).update();
        }
        jdbc.sql("UPDATE read_state SET rebuilding = ?, rebuild_started_at = now(), rebuild_total = ?, "
                        + "rebuild_requested_at = NULL WHERE id = 1")
                .params(target, totalEvents)
                .update();
        return target;
    }

    /** Makes the rebuilt schema live, in one statement, so a reader sees one or the other whole. */
    public void completeRebuild() {
        jdbc.sql(
                        "UPDATE read_state SET live_schema = rebuilding, rebuilding = NULL WHERE id = 1 AND rebuilding IS NOT NULL")
                .update();
    }

    public static String other(String schema) {
        return schema.equals("read_a") ? "read_b" : "read_a";
    }
}
