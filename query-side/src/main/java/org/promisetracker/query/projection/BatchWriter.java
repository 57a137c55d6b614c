package org.promisetracker.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.promisetracker.query.text.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds the projection's inserts back until the end of the batch of events being handled, then
 * sends them as one JDBC batch per statement: a round trip per statement instead of one per row.
 * <p>
 * The rows go in during the unit of work's prepare-commit phase, so in the batch's transaction,
 * together with the token; if they fail, the transaction rolls back, the processor stops the batch
 * and handles it again later. Each statement's rows keep the order they were added in; statements
 * go in the order they were first used, so a row may go in before an earlier event's row of another
 * statement. No row depends on another statement's: the one dependency is a correction's insert,
 * which reads the source of its measurement from the same table, through the same statement,
 * earlier in the list. Anything else that reads the tables during the batch (a report being
 * frozen) calls {@link #flush()} first. That also means the rows must reach PostgreSQL as
 * separate statements: pgjdbc's {@code reWriteBatchedInserts} merges them into one multi-row
 * INSERT, whose subqueries do not see the rows it inserts, and a correction would lose its source.
 * <p>
 * Outside a unit of work a row is inserted at once.
 */
@Component
class BatchWriter {

    private static final String PENDING = BatchWriter.class.getName() + ".pending";

    private final JdbcTemplate jdbc;

    BatchWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the row, now or with the rest of the batch. */
    void insert(String sql, Object... values) {
        // the one place every projected value passes on its way to PostgreSQL
        Object[] args = Arrays.stream(values).map(StorableText::ofValue).toArray();
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        pending(CurrentUnitOfWork.get().root()).computeIfAbsent(sql, key -> new ArrayList<>()).add(args);
    }

    /** Writes every row held back so far, so that the tables can be read as they stand. */
    void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            flush(pending(CurrentUnitOfWork.get().root()));
        }
    }

    private Map<String, List<Object[]>> pending(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            Map<String, List<Object[]>> rows = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(committing -> flush(rows));
            return rows;
        });
    }

    private void flush(Map<String, List<Object[]>> rows) {
        rows.forEach((sql, args) -> jdbc.batchUpdate(sql, args));
        rows.clear();
    }
}
