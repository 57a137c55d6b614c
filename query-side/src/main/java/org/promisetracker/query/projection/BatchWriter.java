package org.promisetracker.query.projection;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.promisetracker.query.text.StorableText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Holds the projection's inserts back until the end of the batch of events being handled, then
 * sends them as one JDBC batch per statement: a round trip per statement instead of one per row.
 * <p>
 * The rows go in during the unit of work's prepare-commit phase, so in the batch's transaction,
 * together with the token. Each statement's rows keep the order they were added in; statements
 * go in the order they were first used, so a row may go in before an earlier event's row of another
 * statement. No row depends on another statement's: the one dependency is a correction's insert,
 * which reads the source of its measurement from the same table, through the same statement,
 * earlier in the list. Anything else that reads the tables during the batch (a report being
 * frozen) calls {@link #flush()} first. That also means the rows must reach PostgreSQL as
 * separate statements: pgjdbc's {@code reWriteBatchedInserts} merges them into one multi-row
 * INSERT, whose subqueries do not see the rows it inserts, and a correction would lose its source.
 * <p>
 * <b>When a batch fails</b> for a reason that is not the database being away, one of its events
 * cannot be projected, and a batch cannot tell which. The batch is rolled back ({@link BatchFailed}),
 * and when the processor handles it again each of its events writes its rows at once, under a
 * savepoint: an event that fails then fails in its own handler, where Axon's dead-letter queue
 * parks it ({@link ParkingPolicy}), and the transaction goes on with the others. A dead letter
 * being retried writes the same way. Outside a unit of work a row is inserted at once.
 */
@Component
class BatchWriter {

    private static final String PENDING = BatchWriter.class.getName() + ".pending";
    private static final String RELAXED = BatchWriter.class.getName() + ".relaxed";
    private static final String DURABLE = BatchWriter.class.getName() + ".durable";
    private static final String TOUCH = "INSERT INTO %1$s.plan_version (plan_id, version, last_recorded_at)"
            + " VALUES (?, nextval('read_plan_version'), ?) ON CONFLICT (plan_id) DO UPDATE"
            + " SET version = EXCLUDED.version,"
            + " last_recorded_at = GREATEST(%1$s.plan_version.last_recorded_at, EXCLUDED.last_recorded_at)";

    private final JdbcTemplate jdbc;
    private final Savepoints savepoints;
    private final boolean waitForDisk;
    /** Events of a batch that failed, to be written one by one when they come again. */
    private final Set<String> onTheirOwn = ConcurrentHashMap.newKeySet();

    BatchWriter(
            JdbcTemplate jdbc,
            Savepoints savepoints,
            @Value("${tracker.projection.commit-waits-for-disk:false}") boolean waitForDisk) {
        this.jdbc = jdbc;
        this.savepoints = savepoints;
        this.waitForDisk = waitForDisk;
    }

    /** Inserts the row, now or with the rest of the batch. */
    void insert(String sql, Object... values) {
        // the one place every projected value passes on its way to PostgreSQL
        Object[] args = Arrays.stream(values).map(StorableText::ofValue).toArray();
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        String eventId = eventOf(current);
        if (writesAtOnce(current, eventId)) {
            current.root().afterCommit(committed -> onTheirOwn.remove(eventId));
            savepoints.run(() -> jdbc.update(sql, args));
            return;
        }
        Pending pending = pending(current.root());
        pending.rows.computeIfAbsent(sql, key -> new ArrayList<>()).add(args);
        pending.eventIds.add(eventId);
    }

    /**
     * Gives the plan a new version, in the transaction that writes its rows, and keeps its latest
     * recorded-at instant: what a kept as-at answer is checked against ({@code SqlPlanItems}). In a
     * batch, once per plan, after the rows.
     */
    void touch(String schema, String planId, Timestamp recordedAt) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(TOUCH.formatted(schema), planId, recordedAt);
            return;
        }
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        if (writesAtOnce(current, eventOf(current))) {
            savepoints.run(() -> jdbc.update(TOUCH.formatted(schema), planId, recordedAt));
            return;
        }
        pending(current.root())
                .touched
                .merge(new PlanInSchema(schema, planId), recordedAt, (a, b) -> a.after(b) ? a : b);
    }

    private static String eventOf(UnitOfWork<?> current) {
        return current.getMessage() == null ? "" : current.getMessage().getIdentifier();
    }

    /**
     * Whether the event's rows go in at once, each under a savepoint (a dead letter being retried, or
     * an event of a batch that failed), rather than with the batch. Either way in the batch's
     * transaction, whose commit need not wait for the disk.
     */
    private boolean writesAtOnce(UnitOfWork<?> current, String eventId) {
        commitWithoutWaitingForDisk(current.root());
        return current.resources().containsKey(DeadLetter.class.getName()) || onTheirOwn.contains(eventId);
    }

    /**
     * The batch's transaction waits for the disk as any other: it holds a frozen report, whose
     * fingerprint may be read out and printed as soon as it commits, and must not be frozen again,
     * perhaps differently, after a crash.
     */
    void commitDurably() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().put(DURABLE, Boolean.TRUE);
        }
    }

    /**
     * The projection's rows and token are derived from events already on disk, and a batch is
     * handled again from the token a crash leaves, changing nothing that is there
     * ({@code ON CONFLICT DO NOTHING}). So its commit need not wait for the WAL to be flushed: with
     * {@code synchronous_commit} off for the batch's own transaction, an acknowledged command costs
     * one flush, its own, instead of queueing behind the projection's. PostgreSQL still commits the
     * rows and the token together, in log order; a crash of the database can only take back the
     * last batches, which are then projected again. Off with {@code
     * tracker.projection.commit-waits-for-disk=true}, and for a batch that freezes a report.
     */
    private void commitWithoutWaitingForDisk(UnitOfWork<?> root) {
        if (waitForDisk) {
            return;
        }
        root.getOrComputeResource(RELAXED, key -> {
            root.onPrepareCommit(committing -> {
                if (!root.resources().containsKey(DURABLE)) {
                    jdbc.execute("SET LOCAL synchronous_commit TO OFF");
                }
            });
            return Boolean.TRUE;
        });
    }

    /** Writes every row held back so far, so that the tables can be read as they stand. */
    void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            flush(pending(CurrentUnitOfWork.get().root()));
        }
    }

    private Pending pending(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            Pending rows = new Pending();
            unitOfWork.onPrepareCommit(committing -> flush(rows));
            return rows;
        });
    }

    private void flush(Pending pending) {
        try {
            pending.rows.forEach(jdbc::batchUpdate);
            // in plan order, so that two transactions touching the same plans lock them in one order
            pending.touched.entrySet().stream()
                    .collect(Collectors.groupingBy(
                            touched -> touched.getKey().schema(),
                            TreeMap::new,
                            Collectors.mapping(
                                    touched -> new Object[] {touched.getKey().planId(), touched.getValue()},
                                    Collectors.toList())))
                    .forEach((schema, plans) -> jdbc.batchUpdate(TOUCH.formatted(schema), plans));
        } catch (RuntimeException e) {
            if (ParkingPolicy.isAboutTheDatabaseNotTheEvent(e)) {
                throw e;
            }
            onTheirOwn.addAll(pending.eventIds);
            throw new BatchFailed(pending.eventIds.size(), e);
        } finally {
            pending.rows.clear();
            pending.eventIds.clear();
            pending.touched.clear();
        }
    }

    private static final class Pending {
        final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        final Set<String> eventIds = new HashSet<>();
        final Map<PlanInSchema, Timestamp> touched =
                new TreeMap<>(Comparator.comparing(PlanInSchema::schema).thenComparing(PlanInSchema::planId));
    }

    private record PlanInSchema(String schema, String planId) {}

    /** A batch's rows could not go in together: its events are handled again, each on its own. */
    static final class BatchFailed extends RuntimeException {
        BatchFailed(int events, Throwable cause) {
            super(
                    "The rows of " + events + " events could not be written together; each is tried on its own next",
                    cause);
        }
    }
}
