package org.promisetracker.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.promisetracker.platform.testing.TestPostgres;

/**
 * The benchmark of docs/PERFORMANCE.md. In {@code ./mvnw verify} it runs at a tiny scale to keep it
 * working: every phase runs and the indexed as-at answers equal the fold. No timing target is
 * asserted. The full run is {@code -Dbench=true} (see docs/PERFORMANCE.md). An integration test,
 * after {@code package}: its HTTP phases run the packaged jar in a process of its own.
 */
class BenchmarkIT {

    @Test
    @DisabledIfSystemProperty(named = "bench", matches = "true")
    void givenATinyDataSet_whenTheBenchmarkRuns_thenEveryPhasePrintsARowAndIndexedReadsEqualTheFold() throws Exception {
        String url = TestPostgres.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE bench_small");
        }
        Benchmark.Config config = new Benchmark.Config(
                42,
                2,
                3,
                4,
                2,
                1,
                16,
                16,
                5,
                3,
                1,
                2,
                100,
                url.replace("/postgres?", "/bench_small?"),
                "postgres",
                "postgres");
        Benchmark.Result result = new Benchmark(config).run();
        System.out.println(Benchmark.table(result, config));

        assertThat(result.mismatches()).isEmpty();
        assertThat(result.comparisons()).isEqualTo(2 * 3);
        assertThat(result.rows())
                .extracting(Benchmark.Row::phase)
                .contains("load", "append", "import", "visibility", "as-at", "verification", "rebuild", "memory");
        // every report verifies from the plan's own events, and every aggregate's first event names its plan
        assertThat(result.rows())
                .filteredOn(row -> row.phase().equals("verification") && row.met() != null)
                .filteredOn(row -> !row.measure().endsWith("p99"))
                .extracting(Benchmark.Row::met)
                .containsExactly(true, true);
        assertThat(result.events()).isGreaterThan(2 * 4 * 24 * 2);
        // the service's own memory, from its own process, at the end of every phase it served over HTTP
        assertThat(result.rows())
                .filteredOn(row -> row.measure().startsWith("service process, ")
                        && row.measure().endsWith("heap used after a full GC"))
                .extracting(row -> row.measure()
                        .substring("service process, ".length(), row.measure().indexOf(':')))
                .containsExactly("start", "append", "import", "visibility", "as-at", "verification", "rebuild");
        assertThat(result.rows())
                .filteredOn(row -> row.measure().startsWith("service process, "))
                .allSatisfy(row -> assertThat(row.value()).isPositive());
        // a rebuild reads the log with no writer racing it: every fact event must have its row
        assertThat(result.rows())
                .filteredOn(row -> row.measure().startsWith("fact events missing from the rebuilt"))
                .singleElement()
                .extracting(Benchmark.Row::value)
                .isEqualTo(0.0);
    }

    @Test
    @EnabledIfSystemProperty(named = "bench", matches = "true")
    void fullRun() throws Exception {
        Benchmark.Config config = Benchmark.Config.fromSystemProperties(
                new Benchmark.Config(1, 100, 30, 50, 10, 16, 2000, 20000, 200, 200, 1, 3, 1000, null, null, null));
        Benchmark.Result result = new Benchmark(config).run();
        String table = Benchmark.table(result, config);
        System.out.println(table);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "benchmark.md"), table);
        // the full run reports every target as met or MISSED in its table; it fails on nothing
        assertThat(result.rows()).isNotEmpty();
    }
}
