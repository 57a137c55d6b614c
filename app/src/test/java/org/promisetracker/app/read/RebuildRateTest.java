package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.app.support.ProjectionSync;
import org.promisetracker.platform.testing.TestPostgres;
import org.promisetracker.query.rebuild.Rebuild;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A focused measure of the projection's rebuild rate, and a check that what it rebuilds in large
 * batches is row for row what it projected live, one event at a time. A few thousand facts are
 * recorded through the command gateway (measurements, corrections of them, statuses, notes,
 * assessments, and reports published among them, so batches hold a report after the facts it
 * freezes); then the projection is rebuilt into the other schema and timed. It prints events per
 * second and asserts no timing. {@code -Drebuild.plans=N} scales it (each plan about 830 events);
 * {@code -Drebuild.runs=N} rebuilds N times over, each from the schema the last one made live.
 */
@SpringBootTest
class RebuildRateTest {

    private static final List<String> TABLES = List.of("plan", "area", "action", "benefit", "fact", "report");
    private static final int ACTIONS = 8;
    private static final int BENEFITS = 8;
    private static final int MONTHS = 24;
    private static final List<Rag> ASSESSMENTS = List.of(Rag.GREEN, Rag.AMBER, Rag.RED);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    CommandGateway gateway;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    Rebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenThousandsOfFacts_whenRebuilt_thenEveryTableIsAsProjectedBeforeAndTheRateIsPrinted() {
        for (int p = 0; p < Integer.getInteger("rebuild.plans", 4); p++) {
            record(new Recorder(gateway, "officer"), p);
        }
        new ProjectionSync(eventStore, processing).awaitCaughtUp();
        long events = eventStore.createHeadToken().position().orElse(-1) + 1;

        for (int run = 1; run <= Integer.getInteger("rebuild.runs", 1); run++) {
            String before = live();
            long began = System.nanoTime();
            String target = rebuild.start().targetSchema();
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> !rebuild.progress().rebuilding());
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "rebuild-rate: run %d, %d events rebuilt in %.2f s: %.0f events/s%n",
                    run,
                    events,
                    seconds,
                    events / seconds);

            assertThat(live()).isEqualTo(target);
            assertSameRows(before, target);
        }
    }

    /** The rebuilt schema holds exactly the rows of the one it replaces (the first time, the one projected live). */
    private void assertSameRows(String before, String rebuilt) {
        for (String table : TABLES) {
            assertThat(rows(before, table)).as(table).isPositive().isEqualTo(rows(rebuilt, table));
            assertThat(rowsOnlyIn(before, rebuilt, table))
                    .as(table + " rows missing from the rebuild")
                    .isZero();
            assertThat(rowsOnlyIn(rebuilt, before, table))
                    .as(table + " rows only in the rebuild")
                    .isZero();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM " + rebuilt + ".fact WHERE kind = 'CORRECTION' AND source IS NULL",
                        Long.class))
                .as("corrections that lost their measurement's source")
                .isZero();
    }

    /** One plan's two years: each month statuses, notes, measurements and assessments; corrections and quarterly reports. */
    private static void record(Recorder officer, int p) {
        Recorder admin = officer.as("admin");
        String planId = admin.plan("Rebuild rate plan " + p + " (illustrative)");
        String areaId = admin.area(planId, 1, "Area");
        List<String> actions = new ArrayList<>();
        List<String> benefits = new ArrayList<>();
        for (int n = 1; n <= ACTIONS; n++) {
            actions.add(admin.action(planId, areaId, "1." + n, null, null));
        }
        for (int n = 1; n <= BENEFITS; n++) {
            benefits.add(admin.benefit(
                    planId,
                    BenefitType.QUANTITATIVE,
                    Direction.HIGHER_IS_BETTER,
                    null,
                    "Benefit " + n,
                    actions.get(n % ACTIONS)));
        }
        for (int month = 0; month < MONTHS; month++) {
            String date = Recorder.PLAN_START.plusMonths(month).plusDays(p % 28).toString();
            for (int n = 0; n < ACTIONS; n++) {
                officer.status(
                        actions.get(n),
                        (month + n) % 2 == 0 ? ActionStatus.ON_TARGET : ActionStatus.PROGRESSING,
                        date,
                        null);
                officer.note(actions.get(n), date, "Note " + month);
            }
            for (int n = 0; n < BENEFITS; n++) {
                String measurementId = Recorder.newId();
                officer.measure(benefits.get(n), measurementId, date, String.valueOf(40 + (month + n) % 40));
                officer.rag(
                        benefits.get(n), ASSESSMENTS.get((month + n) % ASSESSMENTS.size()), date, "Assessed " + month);
                if ((month + n) % 6 == 0) {
                    officer.correct(
                            benefits.get(n),
                            measurementId,
                            String.valueOf(41 + (month + n) % 40),
                            null,
                            "Late returns");
                }
            }
            if (month % 3 == 2) {
                admin.publish(planId, Recorder.newId(), date, "Committee", "Progress report " + month);
            }
        }
    }

    private String live() {
        return jdbc.queryForObject("SELECT live_schema FROM read_state", String.class);
    }

    private long rows(String schema, String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + schema + "." + table, Long.class);
    }

    private long rowsOnlyIn(String schema, String other, String table) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM (SELECT * FROM " + schema + "." + table + " EXCEPT SELECT * FROM " + other + "."
                        + table + ") difference",
                Long.class);
    }
}
