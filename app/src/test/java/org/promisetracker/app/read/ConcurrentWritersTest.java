package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Officers write at the same time, so events commit out of their numbering order and the
 * projection meets gaps that fill later. Every fact must reach the read tables all the same (the
 * benchmark found 14% dropped when a gap-filling event was keyed by its token's position).
 */
class ConcurrentWritersTest extends ReadSideTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenManyOfficersRecordingAtOnce_whenProjected_thenNoFactIsLost() throws Exception {
        Recorder admin = recorder().as("admin");
        String planId = admin.plan("Concurrent plan (illustrative)");
        String areaId = admin.area(planId, 1, "Area");
        List<String> actions = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            actions.add(admin.action(planId, areaId, "1." + n, null, null));
        }
        ExecutorService officers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (String actionId : actions) {
                work.add(() -> {
                    Recorder officer = recorder();
                    for (int day = 1; day <= 25; day++) {
                        officer.note(actionId, LocalDate.of(2022, 1, day).toString(), "Note " + day);
                        officer.status(
                                actionId,
                                day % 2 == 0 ? ActionStatus.ON_TARGET : ActionStatus.PROGRESSING,
                                LocalDate.of(2022, 2, day).toString(),
                                null);
                    }
                    return null;
                });
            }
            for (Future<Void> done : officers.invokeAll(work)) {
                done.get();
            }
        } finally {
            officers.shutdownNow();
        }
        awaitProjection();

        long stored = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE (payload_type LIKE '%ProgressNoteRecorded' "
                        + "OR payload_type LIKE '%ActionStatusChanged') AND aggregate_identifier IN ("
                        + String.join(
                                ",", actions.stream().map(id -> "'" + id + "'").toList()) + ")",
                Long.class);
        String live = jdbc.queryForObject("SELECT live_schema FROM read_state", String.class);
        long projected =
                jdbc.queryForObject("SELECT count(*) FROM " + live + ".fact WHERE plan_id = ?", Long.class, planId);
        assertThat(stored).isEqualTo(8 * 25 * 2);
        assertThat(projected).isEqualTo(stored);
    }
}
