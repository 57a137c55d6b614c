package org.promisetracker.query.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** A JdbcTemplate with no database: it records the statements it is asked to run, in order, or fails them. */
class RecordingJdbcTemplate extends JdbcTemplate {

    /** One call: its SQL and its rows, each row's arguments as a list. */
    record Call(String sql, List<List<Object>> rows) {}

    final List<Call> calls = new ArrayList<>();
    RuntimeException failure;

    @Override
    public int update(String sql, Object... args) {
        record(sql, List.<Object[]>of(args));
        return 1;
    }

    @Override
    public void execute(String sql) {
        record(sql, List.of());
    }

    @Override
    public int[] batchUpdate(String sql, List<? extends Object[]> batchArgs) {
        record(sql, batchArgs);
        return new int[batchArgs.size()];
    }

    private void record(String sql, List<? extends Object[]> rows) {
        if (failure != null) {
            throw failure;
        }
        calls.add(new Call(sql, rows.stream().map(Arrays::asList).toList()));
    }
}
