package org.promisetracker.app.bench;

import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.benefit.Target;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.PlanItems;
import org.promisetracker.app.PromiseTrackerApplication;
import org.promisetracker.app.support.ProjectionSync;
import org.promisetracker.query.asat.AsAt;
import org.promisetracker.query.asat.SqlPlanItems;
import org.promisetracker.query.projection.PlanProjection;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.promisetracker.query.replay.ReportReplay;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The performance benchmark of issue 5 (docs/PERFORMANCE.md): starts the whole service in this JVM,
 * loads a generated national data set through the command gateway, then measures each phase beside
 * its yardstick measured in the same run, and prints one row per measurement.
 */
public final class Benchmark {

    /** Scale and knobs, from system properties {@code bench.*}. */
    public record Config(
            long seed,
            int plans,
            int actions,
            int benefits,
            int years,
            int loaders,
            int appendCommands,
            int warmUpAppends,
            int visibilitySamples,
            int readRuns,
            int foldRuns,
            int readPlans,
            int importRows,
            String jdbcUrl,
            String jdbcUser,
            String jdbcPassword) {

        public static Config fromSystemProperties(Config defaults) {
            return new Config(
                    Long.getLong("bench.seed", defaults.seed),
                    Integer.getInteger("bench.plans", defaults.plans),
                    Integer.getInteger("bench.actions", defaults.actions),
                    Integer.getInteger("bench.benefits", defaults.benefits),
                    Integer.getInteger("bench.years", defaults.years),
                    Integer.getInteger("bench.loaders", defaults.loaders),
                    Integer.getInteger("bench.appendCommands", defaults.appendCommands),
                    Integer.getInteger("bench.warmUpAppends", defaults.warmUpAppends),
                    Integer.getInteger("bench.visibilitySamples", defaults.visibilitySamples),
                    Integer.getInteger("bench.readRuns", defaults.readRuns),
                    Integer.getInteger("bench.foldRuns", defaults.foldRuns),
                    Integer.getInteger("bench.readPlans", defaults.readPlans),
                    Integer.getInteger("bench.importRows", defaults.importRows),
                    System.getProperty("bench.url", defaults.jdbcUrl),
                    System.getProperty("bench.user", defaults.jdbcUser),
                    System.getProperty("bench.password", defaults.jdbcPassword));
        }
    }

    /** One printed row: what was measured, its yardstick, and the target on their ratio (or on the value). */
    public record Row(
            String phase,
            String measure,
            double value,
            String unit,
            String limitName,
            Double limit,
            String target,
            Boolean met) {
        Double ratio() {
            return limit == null || limit == 0 ? null : value / limit;
        }
    }

    public record Result(List<Row> rows, long events, List<String> mismatches, int comparisons, String postgres) {}

    private static final String USER = "bench";
    private static final String PASSWORD = "bench-pw";
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Unmeasured reads of each as-at point before its measured ones. */
    private static final int WARM_UP_READS = 10;

    private static final int WARM_UP_VERIFICATIONS = 3;
    private static final int VERIFICATIONS = 20;

    private final Config config;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private int comparisons;
    private ConfigurableApplicationContext context;
    private ServiceProcess service;
    private CommandGateway gateway;
    private DataSource dataSource;
    private HttpClient http;
    private String base;
    private List<Generator.PlanScript> scripts;
    private final AtomicLong sequence = new AtomicLong();
    /** Measurements appended after the load, numbered for their dates. */
    private final AtomicLong appended = new AtomicLong();

    private final Map<String, Recorded> reports = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Double> wholeLogReplays = new ArrayList<>();

    public Benchmark(Config config) {
        this.config = config;
    }

    public Result run() throws Exception {
        Path dataDirectory = null;
        List<String> args = new ArrayList<>(List.of(
                "--tracker.security.users[0].username=" + USER,
                "--tracker.security.users[0].password={noop}" + PASSWORD,
                "--tracker.security.users[0].roles=ADMIN",
                "--spring.datasource.hikari.maximum-pool-size=40",
                "--server.tomcat.threads.max=64",
                "--logging.level.root=WARN",
                "--logging.level.org.promisetracker.app.bench=INFO"));
        String jdbcUrl;
        if (config.jdbcUrl() != null) {
            jdbcUrl = config.jdbcUrl();
            args.add("--spring.datasource.url=" + config.jdbcUrl());
            args.add("--spring.datasource.username=" + config.jdbcUser());
            args.add("--spring.datasource.password=" + config.jdbcPassword());
        } else {
            dataDirectory = Files.createTempDirectory("promise-tracker-bench");
            int postgresPort = ServiceProcess.freePort();
            jdbcUrl = "jdbc:postgresql://localhost:" + postgresPort + "/postgres";
            args.add("--tracker.embedded-postgres.data-directory=" + dataDirectory);
            args.add("--tracker.embedded-postgres.port=" + postgresPort);
            // the shipped configuration (fsync and synchronous_commit on) unless -Dbench.durable=false
            args.add("--tracker.embedded-postgres.durable="
                    + Boolean.parseBoolean(System.getProperty("bench.durable", "true")));
        }
        try {
            String postgres = inProcess(args);
            long events = overHttp(args, jdbcUrl);
            return new Result(List.copyOf(rows), events, List.copyOf(mismatches), comparisons, postgres);
        } finally {
            if (dataDirectory != null) {
                deleteQuietly(dataDirectory);
            }
        }
    }

    /**
     * The phases that need the service's beans, with the whole service in this JVM: the load and the
     * append through the command gateway, and the fold that the as-at answers are checked against.
     */
    private String inProcess(List<String> args) throws Exception {
        resetPeaks();
        List<String> inProcess = new ArrayList<>(args);
        inProcess.add("--server.port=0");
        context = SpringApplication.run(PromiseTrackerApplication.class, inProcess.toArray(String[]::new));
        try {
            gateway = context.getBean(CommandGateway.class);
            dataSource = context.getBean(DataSource.class);
            memory("start");
            load();
            append();
            asAtFolds();
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT version(), current_setting('fsync')," + " current_setting('synchronous_commit')")) {
                r.next();
                return r.getString(1) + "; fsync " + r.getString(2) + ", synchronous_commit " + r.getString(3);
            }
        } finally {
            context.close();
            context = null;
        }
    }

    /**
     * The phases a user meets over HTTP, against the packaged service in a process of its own on the
     * same database (its memory is the service's alone), with this JVM as the client and the yardsticks.
     */
    private long overHttp(List<String> args, String jdbcUrl) throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(config.jdbcUrl() == null ? "postgres" : config.jdbcUser());
        pool.setPassword(config.jdbcUrl() == null ? null : config.jdbcPassword());
        pool.setMaximumPoolSize(20);
        try (ServiceProcess started = ServiceProcess.start(args)) {
            service = started;
            base = service.base();
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            service.await(Duration.ofMinutes(10), () -> {
                try {
                    return get("/actuator/health/readiness").contains("\"UP\"");
                } catch (IOException | IllegalStateException e) {
                    return false;
                }
            });
            try (HikariDataSource yardsticks = new HikariDataSource(pool)) {
                dataSource = yardsticks;
                awaitProjection();
                serviceMemory("start");
                httpAppend();
                rows.addAll(new ImportBench(http, base, auth(), config.importRows()).run());
                serviceMemory("import");
                visibility();
                asAtReads();
                verification();
                rebuild();
                return head() + 1;
            }
        } finally {
            service = null;
        }
    }

    // ---------------------------------------------------------------- load

    private void load() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Generator generator = new Generator(config.seed(), config.actions(), config.benefits(), config.years(), today);
        // each loader generates its plans' commands as it goes and keeps only what the later phases
        // need: 1.2 million commands held at once would weigh on the heap being measured
        Generator.PlanScript[] loaded = new Generator.PlanScript[config.plans()];
        AtomicLong commands = new AtomicLong();
        int threads = Math.min(config.loaders(), config.plans());
        long began = System.nanoTime();
        parallel(threads, worker -> () -> {
            for (int p = worker; p < config.plans(); p += threads) {
                Generator.PlanScript script = generator.plan(p);
                for (int i = 0; i < script.commands().size(); i++) {
                    Recorded recorded = send(script.commands().get(i));
                    if (i == script.reportIndex()) {
                        reports.put(script.planId(), recorded);
                    }
                }
                commands.addAndGet(script.commands().size());
                loaded[p] = script.withoutCommands();
            }
            return null;
        });
        double seconds = seconds(began);
        scripts = List.of(loaded);
        long loadEnded = System.nanoTime();
        awaitProjection();
        rows.add(new Row(
                "load", "projection caught up after the load ended", seconds(loadEnded), "s", null, null, "-", null));
        System.out.printf(
                "bench: loaded %d commands (%d plans) in %.1f s; %d events in the store%n",
                commands.get(), scripts.size(), seconds, head() + 1);
        rows.add(new Row(
                "load",
                "gateway, " + threads + " loaders, whole data set",
                commands.get() / seconds,
                "cmd/s",
                null,
                null,
                "-",
                null));
        memory("load");
    }

    // ---------------------------------------------------------------- 1. append

    private void append() throws Exception {
        Map<String, Object> sample = sampleEvent();
        createBenchEventTable();
        int n = config.appendCommands();
        AtomicLong counter = appended;
        for (int clients : new int[] {1, 4, 16}) {
            double jdbc = jdbcAppend(clients, n, sample, false);
            double viaGateway = timed(clients, n, (client, i) -> send(measurement(client, counter.incrementAndGet())));
            rows.add(new Row(
                    "append",
                    "gateway, " + clients + " clients",
                    viaGateway,
                    "cmd/s",
                    "JDBC insert, " + clients + " clients",
                    jdbc,
                    ">= 0.5",
                    viaGateway / jdbc >= 0.5));
        }
        awaitProjection();
        // attribution, not a target: in one process every appended event is also projected, on the
        // same cores and database; the same commands with the projection stopped show that share
        StreamingEventProcessor projection = projection();
        for (int clients : new int[] {1, 16}) {
            projection.shutDown();
            double paused;
            try {
                paused = timed(clients, n, (client, i) -> send(measurement(client, counter.incrementAndGet())));
            } finally {
                projection.start();
            }
            double jdbc = jdbcAppend(clients, n, sample, false);
            rows.add(new Row(
                    "append",
                    "gateway, " + clients + " clients, projection stopped (attribution)",
                    paused,
                    "cmd/s",
                    "JDBC insert, " + clients + " clients",
                    jdbc,
                    "-",
                    null));
            // the floor of a command's own work: its event row in a transaction of its own, i.e. the
            // INSERT and a COMMIT, two round trips where the autocommitted yardstick has one
            double inTransaction = jdbcAppend(clients, n, sample, true);
            rows.add(new Row(
                    "append",
                    "JDBC insert + COMMIT, " + clients + " clients (attribution)",
                    inTransaction,
                    "rows/s",
                    "JDBC insert, " + clients + " clients",
                    jdbc,
                    "-",
                    null));
            awaitProjection();
        }
        memory("append");
    }

    /**
     * The same appends over HTTP to the service in its own process, each client count beside the
     * JDBC yardstick measured just before it; and the cheapest API read, as the HTTP layer's floor.
     */
    private void httpAppend() throws Exception {
        Map<String, Object> sample = sampleEvent();
        createBenchEventTable();
        int n = config.appendCommands();
        // the load warmed the command path but not the HTTP one: a service that has been taking
        // requests has its request path compiled, and a first few thousand requests measure the JIT
        timed(4, config.warmUpAppends(), (client, i) -> postMeasurement(spread(appended.incrementAndGet())));
        String planPath = "/api/v1/plans/" + scripts.get(0).planId();
        for (int clients : new int[] {1, 4, 16}) {
            double jdbc = jdbcAppend(clients, n, sample, false);
            double viaHttp =
                    timed(clients, n, (client, i) -> postMeasurement(measurement(client, appended.incrementAndGet())));
            rows.add(new Row(
                    "append",
                    "HTTP API, " + clients + " clients",
                    viaHttp,
                    "cmd/s",
                    "JDBC insert, " + clients + " clients",
                    jdbc,
                    ">= 0.25",
                    viaHttp / jdbc >= 0.25));
            // attribution: what any API request costs here, before a command is sent
            double floor = timed(clients, n, (client, i) -> get(planPath));
            rows.add(new Row(
                    "append",
                    "HTTP floor: GET one plan's header, " + clients + " clients (attribution)",
                    floor,
                    "req/s",
                    "JDBC insert, " + clients + " clients",
                    jdbc,
                    "-",
                    null));
        }
        awaitProjection();
        serviceMemory("append");
    }

    private void postMeasurement(RecordMeasurement m) throws IOException, InterruptedException {
        post(
                "/api/v1/benefits/" + m.benefitId() + "/measurements",
                "{\"id\":\"%s\",\"effectiveDate\":\"%s\",\"value\":%s,\"source\":\"Service records\"%s}"
                        .formatted(
                                m.measurementId(),
                                m.effectiveDate(),
                                m.value().toPlainString(),
                                m.lateReason() == null ? "" : ",\"lateReason\":\"" + m.lateReason() + "\""));
    }

    /** A measurement for the client's own benefit: concurrent clients never append to the same one. */
    private RecordMeasurement measurement(int client, long n) {
        return measurement(client % scripts.size(), client / scripts.size(), n);
    }

    /**
     * A measurement for the n-th benefit of all, plan by plan: unmeasured warm-up appends spread over
     * every benefit, so that none gains a history far longer than the generated ones.
     */
    private RecordMeasurement spread(long n) {
        return measurement((int) (n % scripts.size()), (int) (n / scripts.size()), n);
    }

    private RecordMeasurement measurement(int plan, int benefit, long n) {
        Generator.PlanScript script = scripts.get(plan);
        String benefitId = script.benefitIds().get(benefit % script.benefitIds().size());
        LocalDate date = script.start().plusDays(n % 365);
        // a date the plan's report covers needs a reason; the others pay for the lock's lookups
        String lateReason = date.isAfter(script.reportDate()) ? null : "Benchmark append after the report";
        return new RecordMeasurement(
                benefitId,
                java.util.UUID.randomUUID().toString(),
                date,
                BigDecimal.valueOf(50 + n % 30),
                null,
                "Service records",
                lateReason);
    }

    interface ClientCall {
        void call(int client, int i) throws Exception;
    }

    /** n calls shared among the clients; returns calls per second. */
    private double timed(int clients, int n, ClientCall call) throws Exception {
        int each = Math.max(1, n / clients);
        long began = System.nanoTime();
        parallel(clients, client -> () -> {
            for (int i = 0; i < each; i++) {
                call.call(client, i);
            }
            return null;
        });
        return each * clients / seconds(began);
    }

    private Map<String, Object> sampleEvent() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT * FROM domain_event_entry WHERE payload_type LIKE '%MeasurementRecorded' "
                                + "ORDER BY global_index DESC LIMIT 1")) {
            r.next();
            Map<String, Object> row = new LinkedHashMap<>();
            for (String column :
                    List.of("meta_data", "payload", "payload_revision", "payload_type", "time_stamp", "type")) {
                row.put(column, r.getObject(column));
            }
            return row;
        }
    }

    private void createBenchEventTable() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_event_entry");
            s.execute("CREATE TABLE bench_event_entry (LIKE domain_event_entry INCLUDING ALL)");
            s.execute("DROP SEQUENCE IF EXISTS bench_event_entry_seq");
            s.execute("CREATE SEQUENCE bench_event_entry_seq");
        }
    }

    /**
     * The same rows as an appended measurement event, one per transaction, as the gateway commits them:
     * autocommitted (the yardstick), or in an explicit transaction ended by a COMMIT (attribution).
     */
    private double jdbcAppend(int clients, int n, Map<String, Object> sample, boolean explicitTransaction)
            throws Exception {
        return timed(clients, n, (client, i) -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO bench_event_entry (global_index, event_identifier, meta_data, payload, payload_revision,"
                                    + " payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                                    + " VALUES (nextval('bench_event_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                c.setAutoCommit(!explicitTransaction);
                insert.setString(1, java.util.UUID.randomUUID().toString());
                insert.setBytes(2, (byte[]) sample.get("meta_data"));
                insert.setBytes(3, (byte[]) sample.get("payload"));
                insert.setString(4, (String) sample.get("payload_revision"));
                insert.setString(5, (String) sample.get("payload_type"));
                insert.setString(6, Instant.now().toString());
                insert.setString(7, "bench-aggregate-" + client);
                insert.setLong(8, sequence.incrementAndGet());
                insert.setString(9, (String) sample.get("type"));
                insert.executeUpdate();
                if (explicitTransaction) {
                    c.commit();
                }
            }
        });
    }

    // ---------------------------------------------------------------- 2. visibility

    private void visibility() throws Exception {
        List<Double> lags = new ArrayList<>();
        for (int i = 0; i < config.visibilitySamples(); i++) {
            // from each plan's third benefit on: the append rows' sixteen clients take the first
            // ones, so these histories have the generated length and the read polled is an ordinary one
            RecordMeasurement m = spread(2L * scripts.size() + i);
            postMeasurement(m);
            long acknowledged = System.nanoTime();
            long deadline = acknowledged + Duration.ofSeconds(30).toNanos();
            while (!get("/api/v1/benefits/" + m.benefitId() + "/history").contains(m.measurementId())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("measurement " + m.measurementId() + " never became visible");
                }
            }
            lags.add((System.nanoTime() - acknowledged) / 1e6);
        }
        double p99 = percentile(lags, 99);
        rows.add(new Row("visibility", "2xx to read, p50", percentile(lags, 50), "ms", null, null, "-", null));
        rows.add(new Row("visibility", "2xx to read, p99", p99, "ms", null, null, "< 50 ms", p99 < 50));
        serviceMemory("visibility");
    }

    // ---------------------------------------------------------------- 4. as-at reads

    /** The three points of each read plan, and the naive way's time for each point. */
    private final Map<String, Map<String, AsAt>> pointsByPlan = new LinkedHashMap<>();

    private final Map<String, List<Double>> fold = new LinkedHashMap<>();

    /**
     * The naive way, in the service's JVM: for every read plan, replay the log, fold it at each point,
     * and check the serving path's answer against the fold.
     */
    private void asAtFolds() throws Exception {
        awaitProjection();
        ReportReplay replay = context.getBean(ReportReplay.class);
        SqlPlanItems sql = context.getBean(SqlPlanItems.class);
        ReadSchemas schemas = context.getBean(ReadSchemas.class);
        LocalDate today = LocalDate.now(ZONE);
        Instant now = Instant.now();
        long head = head();
        int plans = Math.min(config.readPlans(), scripts.size());
        for (int p = 0; p < plans; p++) {
            Generator.PlanScript script = scripts.get(p);
            Recorded report = reports.get(script.planId());
            Map<String, AsAt> points = new LinkedHashMap<>();
            points.put("now", AsAt.of(today, now));
            points.put("five years back", AsAt.of(today.minusYears(5), now));
            points.put("as reported", AsAt.of(script.reportDate(), report.recordedAt()));
            pointsByPlan.put(script.planId(), points);
        }
        // The naive way first, for every plan: replay the log (the same replay serves every point of a
        // plan; its time is added to each point's own fold) and fold, checking the indexed answer.
        // Not between the reads: a replay of the whole log churns this JVM's heap and the database's
        // caches for a minute, and the reads would measure that instead of the service.
        for (Map.Entry<String, Map<String, AsAt>> plan : pointsByPlan.entrySet()) {
            String planId = plan.getKey();
            List<ReportReplay.Replayed> replays = new ArrayList<>();
            List<Double> replayMillis = new ArrayList<>();
            for (int r = 0; r < config.foldRuns(); r++) {
                long began = System.nanoTime();
                replays.add(replay.wholeLogUpTo(planId, head, Set.of()));
                replayMillis.add((System.nanoTime() - began) / 1e6);
            }
            wholeLogReplays.addAll(replayMillis);
            for (Map.Entry<String, AsAt> point : plan.getValue().entrySet()) {
                AsAt asAt = point.getValue();
                PlanItems folded = null;
                for (int r = 0; r < replays.size(); r++) {
                    long began = System.nanoTime();
                    folded = replays.get(r).fold().items(asAt);
                    fold.computeIfAbsent(point.getKey(), k -> new ArrayList<>())
                            .add(replayMillis.get(r) + (System.nanoTime() - began) / 1e6);
                }
                compare(schemas, sql, planId, point.getKey(), asAt, folded);
            }
        }
    }

    /** The service's as-at reads over HTTP, at the points {@link #asAtFolds()} checked. */
    private void asAtReads() throws Exception {
        awaitProjection();
        Map<String, List<Double>> http = new LinkedHashMap<>();
        // Then the service's reads over HTTP, each point first read WARM_UP_READS times unmeasured (the
        // JIT and the database's buffers as a service that has been answering reads has them).
        for (Map.Entry<String, Map<String, AsAt>> plan : pointsByPlan.entrySet()) {
            for (Map.Entry<String, AsAt> point : plan.getValue().entrySet()) {
                AsAt asAt = point.getValue();
                String query = "?asAt=" + asAt.date() + "&knownAt=" + asAt.knownAt();
                for (String read : List.of("summary", "dashboard")) {
                    String path = "/api/v1/plans/" + plan.getKey() + "/" + read + query;
                    for (int r = 0; r < WARM_UP_READS; r++) {
                        get(path);
                    }
                    List<Double> times = http.computeIfAbsent(point.getKey() + ", " + read, k -> new ArrayList<>());
                    for (int r = 0; r < config.readRuns(); r++) {
                        long began = System.nanoTime();
                        get(path);
                        times.add((System.nanoTime() - began) / 1e6);
                    }
                }
            }
        }
        // attribution: the same reads when no kept answer can serve them, as the first read after the
        // plan changed is; each read asks as known a microsecond later than the one before, all of them
        // before the plan's latest fact, so each is a different question read from the tables
        Map<String, List<Double>> unkept = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, AsAt>> plan : pointsByPlan.entrySet()) {
            AsAt reported = plan.getValue().get("as reported");
            for (String read : List.of("summary", "dashboard")) {
                List<Double> times = unkept.computeIfAbsent(read, k -> new ArrayList<>());
                for (int r = 0; r < WARM_UP_READS + config.readRuns(); r++) {
                    Instant knownAt = reported.knownAt().plus(Duration.ofNanos(1_000L * (r + 1)));
                    String path = "/api/v1/plans/" + plan.getKey() + "/" + read + "?asAt=" + reported.date()
                            + "&knownAt=" + knownAt;
                    long began = System.nanoTime();
                    get(path);
                    if (r >= WARM_UP_READS) {
                        times.add((System.nanoTime() - began) / 1e6);
                    }
                }
            }
        }
        for (Map.Entry<String, List<Double>> entry : http.entrySet()) {
            String point = entry.getKey().substring(0, entry.getKey().indexOf(','));
            List<Double> yardstick = fold.get(point);
            double p50 = percentile(entry.getValue(), 50);
            double p99 = percentile(entry.getValue(), 99);
            double foldP50 = percentile(yardstick, 50);
            rows.add(new Row("as-at", entry.getKey() + " p50", p50, "ms", "fold p50", foldP50, "-", null));
            rows.add(new Row("as-at", entry.getKey() + " p99", p99, "ms", "fold p50", foldP50, "<= 10 ms", p99 <= 10));
        }
        for (Map.Entry<String, List<Double>> entry : unkept.entrySet()) {
            for (int p : new int[] {50, 99}) {
                rows.add(new Row(
                        "as-at",
                        "as reported, " + entry.getKey() + ", no kept answer (attribution) p" + p,
                        percentile(entry.getValue(), p),
                        "ms",
                        null,
                        null,
                        "-",
                        null));
            }
        }
        long[] completeness = completeness(liveSchema());
        rows.add(new Row(
                "as-at",
                "fact events missing from the projection (positions " + missingPositions + ")",
                completeness[1],
                "of " + completeness[0],
                null,
                null,
                "0",
                completeness[1] == 0));
        rows.add(new Row(
                "as-at",
                "indexed answers equal to the fold",
                comparisons - mismatches.size(),
                "of " + comparisons,
                null,
                null,
                "all",
                mismatches.isEmpty()));
        serviceMemory("as-at");
    }

    // ---------------------------------------------------------------- verification

    /**
     * Each read plan's report verified over HTTP, beside the naive replay of the whole log measured
     * in {@link #asAtReads()}; and the premise of reading only the plan's events checked over the
     * whole store: every event's aggregate began with an event naming its plan.
     */
    private void verification() throws Exception {
        List<Double> times = new ArrayList<>();
        int verified = 0;
        int matched = 0;
        for (Generator.PlanScript script : scripts.subList(0, Math.min(config.readPlans(), scripts.size()))) {
            String path = "/api/v1/reports/" + script.reportId() + "/verification";
            for (int r = 0; r < WARM_UP_VERIFICATIONS; r++) {
                get(path);
            }
            for (int r = 0; r < VERIFICATIONS; r++) {
                long began = System.nanoTime();
                String answer = get(path);
                times.add((System.nanoTime() - began) / 1e6);
                verified++;
                if (answer.contains("\"matches\":true")) {
                    matched++;
                }
            }
        }
        double yardstick = percentile(wholeLogReplays, 50);
        rows.add(new Row(
                "verification",
                "report verified over HTTP, p50",
                percentile(times, 50),
                "ms",
                "whole-log replay p50",
                yardstick,
                "-",
                null));
        rows.add(new Row(
                "verification",
                "report verified over HTTP, p99",
                percentile(times, 99),
                "ms",
                "whole-log replay p50",
                yardstick,
                "<= 1000 ms",
                percentile(times, 99) <= 1000));
        rows.add(new Row(
                "verification",
                "reports that match",
                matched,
                "of " + verified,
                null,
                null,
                "all",
                matched == verified));
        long unlisted;
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet r = st.executeQuery("SELECT count(*) FROM domain_event_entry e WHERE NOT EXISTS"
                        + " (SELECT 1 FROM domain_event_entry f WHERE f.aggregate_identifier = e.aggregate_identifier"
                        + " AND f.sequence_number = 0 AND event_plan_id(f.payload) IS NOT NULL)")) {
            r.next();
            unlisted = r.getLong(1);
        }
        rows.add(new Row(
                "verification",
                "events of aggregates whose first event names no plan",
                unlisted,
                "of " + (head() + 1),
                null,
                null,
                "0",
                unlisted == 0));
        serviceMemory("verification");
    }

    /** The serving path's answer against the fold's; a difference is given ten seconds to vanish (a late fact). */
    private void compare(
            ReadSchemas schemas, SqlPlanItems sql, String planId, String point, AsAt asAt, PlanItems folded) {
        PlanItems expected = normalised(folded);
        PlanItems indexed = normalised(sql.read(schemas.live(), planId, asAt));
        comparisons++;
        if (indexed.equals(expected)) {
            return;
        }
        describeDifference(indexed, expected);
        long began = System.nanoTime();
        boolean later = false;
        while (System.nanoTime() - began < Duration.ofSeconds(10).toNanos()) {
            if (normalised(sql.read(schemas.live(), planId, asAt)).equals(expected)) {
                later = true;
                break;
            }
        }
        mismatches.add(planId + " " + point + " " + asAt
                + (later
                        ? " (equal " + (System.nanoTime() - began) / 1_000_000 + " ms later)"
                        : " (still different after 10 s)"));
    }

    private static void describeDifference(PlanItems indexed, PlanItems folded) {
        for (int i = 0; i < Math.max(indexed.actions().size(), folded.actions().size()); i++) {
            Object a = i < indexed.actions().size() ? indexed.actions().get(i) : null;
            Object b = i < folded.actions().size() ? folded.actions().get(i) : null;
            if (!java.util.Objects.equals(a, b)) {
                System.out.println("bench: indexed " + a + "\nbench: folded  " + b);
            }
        }
        for (int i = 0;
                i < Math.max(indexed.benefits().size(), folded.benefits().size());
                i++) {
            Object a = i < indexed.benefits().size() ? indexed.benefits().get(i) : null;
            Object b = i < folded.benefits().size() ? folded.benefits().get(i) : null;
            if (!java.util.Objects.equals(a, b)) {
                System.out.println("bench: indexed " + a + "\nbench: folded  " + b);
            }
        }
    }

    private String missingPositions = "";

    /** Fact events in the store, and how many of them have no row in the live fact table (the projection skipped them). */
    private long[] completeness(String schema) throws SQLException {
        String facts =
                "payload_type ~ '(ActionStatusChanged|ProgressNoteRecorded|MeasurementRecorded|MeasurementCorrected|RagAssessed)$'";
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet r = st.executeQuery("SELECT (SELECT count(*) FROM domain_event_entry WHERE " + facts + "),"
                        + " (SELECT count(*) FROM domain_event_entry e WHERE " + facts
                        + " AND NOT EXISTS (SELECT 1 FROM " + schema
                        + ".fact f WHERE f.position = e.global_index)), (SELECT string_agg(global_index::text, ',' ORDER BY global_index)"
                        + " FROM (SELECT global_index FROM domain_event_entry e WHERE " + facts
                        + " AND NOT EXISTS (SELECT 1 FROM " + schema
                        + ".fact f WHERE f.position = e.global_index) ORDER BY global_index LIMIT 10) x)")) {
            r.next();
            missingPositions = r.getString(3) == null ? "none" : r.getString(3) + (r.getLong(2) > 10 ? ",…" : "");
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    /** PostgreSQL's numeric keeps no negative scale: compare 7E+2 and 700 as the same, as AsAtPropertyTest does. */
    private static PlanItems normalised(PlanItems items) {
        return new PlanItems(
                items.actions(),
                items.benefits().stream()
                        .map(b -> new BenefitView(
                                b.benefitId(),
                                b.ref(),
                                b.actionIds(),
                                b.title(),
                                b.type(),
                                b.unit(),
                                b.direction(),
                                b.baseline() == null
                                        ? null
                                        : new Baseline(
                                                plain(b.baseline().value()),
                                                b.baseline().evidence(),
                                                b.baseline().date()),
                                b.target() == null
                                        ? null
                                        : new Target(
                                                plain(b.target().value()),
                                                b.target().date()),
                                b.rag(),
                                b.ragDate(),
                                b.rationale(),
                                plain(b.latestMeasurement()),
                                plain(b.previousMeasurement()),
                                b.trend()))
                        .toList());
    }

    private static BenefitView.Measurement plain(BenefitView.Measurement m) {
        return m == null
                ? null
                : new BenefitView.Measurement(
                        m.measurementId(), m.effectiveDate(), plain(m.value()), m.evidence(), m.source());
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0);
    }

    // ---------------------------------------------------------------- 3. rebuild

    /** The rebuild an administrator starts ({@code POST /api/v1/admin/rebuild}), timed until it reports done. */
    private void rebuild() throws Exception {
        long events = head() + 1;
        long began = System.nanoTime();
        post("/api/v1/admin/rebuild", null);
        service.await(
                Duration.ofHours(6),
                () -> !JSON.readTree(get("/api/v1/admin/rebuild"))
                        .path("rebuilding")
                        .asBoolean(true));
        double rate = events / seconds(began);
        serviceMemory("rebuild");
        long[] completeness = completeness(liveSchema());
        rows.add(new Row(
                "rebuild",
                "fact events missing from the rebuilt projection (positions " + missingPositions + ")",
                completeness[1],
                "of " + completeness[0],
                null,
                null,
                "0",
                completeness[1] == 0));
        double jdbc = jdbcRebuild(events);
        rows.add(new Row(
                "rebuild",
                "projection rebuild, " + events + " events",
                rate,
                "events/s",
                "JDBC read + batch insert",
                jdbc,
                ">= 0.5",
                rate / jdbc >= 0.5));
    }

    /** Reads the event table in order and writes one fact-wide row per event, 500 a batch, a commit per batch. */
    private double jdbcRebuild(long events) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_fact");
            s.execute("CREATE TABLE bench_fact (LIKE read_a.fact INCLUDING ALL)");
        }
        long began = System.nanoTime();
        long written = 0;
        try (Connection reader = dataSource.getConnection();
                Connection writer = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            writer.setAutoCommit(false);
            try (PreparedStatement read = reader.prepareStatement(
                            "SELECT global_index, event_identifier, aggregate_identifier, payload, payload_type, time_stamp, meta_data"
                                    + " FROM domain_event_entry ORDER BY global_index");
                    PreparedStatement insert = writer.prepareStatement(
                            "INSERT INTO bench_fact (position, event_id, plan_id, subject_id, kind, effective_date, recorded_at,"
                                    + " recorded_by, status, rag, measurement_id, value, evidence, source, text, superseded_by)"
                                    + " VALUES (?, ?, ?, ?, 'MEASUREMENT', ?, ?, ?, NULL, 'GREEN', ?, ?, NULL, ?, ?, NULL)"
                                    + " ON CONFLICT DO NOTHING")) {
                read.setFetchSize(1000);
                try (ResultSet r = read.executeQuery()) {
                    LocalDate date = LocalDate.now(ZONE);
                    while (r.next()) {
                        String aggregate = r.getString(3);
                        byte[] payload = r.getBytes(4);
                        byte[] metaData = r.getBytes(7);
                        insert.setLong(1, r.getLong(1));
                        insert.setString(2, r.getString(2));
                        insert.setString(3, aggregate);
                        insert.setString(4, aggregate);
                        insert.setObject(5, date);
                        insert.setTimestamp(6, java.sql.Timestamp.from(Instant.parse(r.getString(6))));
                        insert.setString(7, metaData == null ? null : String.valueOf(metaData.length));
                        insert.setString(8, aggregate);
                        insert.setBigDecimal(9, BigDecimal.valueOf(payload.length));
                        insert.setString(10, r.getString(5));
                        insert.setString(11, new String(payload, StandardCharsets.UTF_8));
                        insert.addBatch();
                        if (++written % 500 == 0) {
                            insert.executeBatch();
                            writer.commit();
                        }
                    }
                }
                insert.executeBatch();
                writer.commit();
            }
        }
        if (written != events) {
            System.out.printf(
                    "bench: JDBC rebuild wrote %d rows for %d positions (gaps in the sequence)%n", written, events);
        }
        return written / seconds(began);
    }

    // ---------------------------------------------------------------- 5. memory

    /**
     * The service's own memory at the end of a phase: its resident set (the highest sampled in the
     * phase, and the kernel's peak since it started), and its live heap after a full collection.
     */
    private void serviceMemory(String phase) throws IOException, InterruptedException {
        double mib = 1024.0;
        rows.add(new Row(
                "memory",
                "service process, " + phase + ": peak RSS in the phase (sampled every 100 ms)",
                service.phasePeakRssKb() / mib,
                "MiB",
                "peak since start (VmHWM)",
                service.status("VmHWM") / mib,
                "-",
                null));
        double live = service.liveHeapKb() / mib;
        rows.add(new Row(
                "memory",
                "service process, " + phase + ": heap used after a full GC",
                live,
                "MiB",
                "max heap",
                service.maxHeapKb() / mib,
                "< 512 MiB",
                live < 512));
    }

    /**
     * This JVM's memory, while it holds the whole service (the in-process phases) and the load's
     * generator too: an upper bound on the service's.
     */
    private void memory(String phase) {
        Map<String, Long> status = procStatus();
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        double mib = 1024.0 * 1024;
        if (status.containsKey("VmHWM")) {
            rows.add(new Row(
                    "memory",
                    "benchmark JVM, " + phase + ": peak RSS (VmHWM, whole JVM so far)",
                    status.get("VmHWM") / 1024.0,
                    "MiB",
                    null,
                    null,
                    "-",
                    null));
        }
        rows.add(new Row(
                "memory",
                "benchmark JVM, " + phase + ": peak heap used in phase (garbage included)",
                heapPeak / mib,
                "MiB",
                "max heap",
                Runtime.getRuntime().maxMemory() / mib,
                "-",
                null));
        System.gc();
        // what the collection left, as the collector reports it: reading the heap's usage after
        // System.gc() would also count what other threads allocated since
        double live = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                        .mapToLong(pool -> pool.getCollectionUsage().getUsed())
                        .sum()
                / mib;
        rows.add(new Row(
                "memory",
                "benchmark JVM, " + phase + ": heap used after a full GC at its end",
                live,
                "MiB",
                "max heap",
                Runtime.getRuntime().maxMemory() / mib,
                "-",
                null));
        printLargestClasses(phase);
        resetPeaks();
    }

    /** What the live heap is made of: the JVM's class histogram (after a full GC of its own), largest first. */
    private static void printLargestClasses(String phase) {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {null},
                            new String[] {String[].class.getName()});
            String[] lines = histogram.split("\n");
            System.out.println("bench: " + phase + ": live heap by class (largest 15)");
            for (int i = 0; i < Math.min(lines.length, 18); i++) {
                System.out.println("bench:   " + lines[i]);
            }
            System.out.println("bench:   " + lines[lines.length - 1]);
        } catch (javax.management.JMException e) {
            System.out.println("bench: no class histogram: " + e.getMessage());
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** kB values of /proc/self/status (Linux only; empty elsewhere). */
    private static Map<String, Long> procStatus() {
        Map<String, Long> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                String[] parts = line.split("\\s+");
                if (parts.length >= 2 && parts[0].startsWith("Vm")) {
                    values.put(parts[0].replace(":", ""), Long.parseLong(parts[1]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            values.clear();
        }
        return values;
    }

    // ---------------------------------------------------------------- helpers

    private Recorded send(Object command) {
        return gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of("recordedBy", "bench")));
    }

    private long head() throws SQLException {
        return Long.parseLong(single("SELECT coalesce(max(global_index), -1) FROM domain_event_entry"));
    }

    private String liveSchema() throws SQLException {
        return single("SELECT live_schema FROM read_state WHERE id = 1");
    }

    /** The one value a query answers, as text. */
    private String single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    /**
     * The projection has passed the head and, beyond what {@link ProjectionSync} checks, has no gap in
     * its token that a committed event fills: with concurrent writers an event may commit after one
     * with a higher position, and the processor handles it later.
     */
    private void awaitProjection() throws SQLException {
        if (context == null) {
            awaitServiceProjection();
            return;
        }
        new ProjectionSync(context.getBean(EventStore.class), context.getBean(EventProcessingConfiguration.class))
                .awaitCaughtUp(Duration.ofHours(2));
        StreamingEventProcessor processor = projection();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    for (var status : processor.processingStatus().values()) {
                        TrackingToken token = status.getTrackingToken();
                        if (token instanceof ReplayToken replay) {
                            token = replay.getTokenAtReset();
                        }
                        if (token instanceof GapAwareTrackingToken gapAware
                                && !gapAware.getGaps().isEmpty()) {
                            String gaps = gapAware.getGaps().stream()
                                    .map(String::valueOf)
                                    .collect(java.util.stream.Collectors.joining(","));
                            try (Connection c = dataSource.getConnection();
                                    Statement s = c.createStatement();
                                    ResultSet r = s.executeQuery(
                                            "SELECT count(*) FROM domain_event_entry WHERE global_index IN (" + gaps
                                                    + ")")) {
                                r.next();
                                if (r.getLong(1) > 0) {
                                    return false;
                                }
                            }
                        }
                    }
                    return true;
                });
    }

    /**
     * The service's projection, as its health reports it, has passed the head, and no fact event in
     * the store lacks its row (an event that committed after a later one is handled after it).
     */
    private void awaitServiceProjection() throws SQLException {
        long head = head();
        service.await(Duration.ofHours(2), () -> {
            JsonNode segment = JSON.readTree(get("/actuator/health"))
                    .path("components")
                    .path("projection")
                    .path("details")
                    .path("segments")
                    .path("0");
            return segment.path("position").asLong(-1) >= head;
        });
        service.await(Duration.ofSeconds(60), () -> completeness(liveSchema())[1] == 0);
    }

    private StreamingEventProcessor projection() {
        return context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(PlanProjection.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private String auth() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private void post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", auth())
                        .header("Content-Type", "application/json")
                        .POST(
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " -> " + response.statusCode() + " " + response.body());
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", auth())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static void parallel(int threads, IntFunction<Callable<Void>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(work.apply(t)));
            }
            for (Future<Void> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double seconds(long began) {
        return Math.max(1e-9, (System.nanoTime() - began) / 1e9);
    }

    static double percentile(List<Double> values, double p) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("bench: could not delete " + directory + ": " + e.getMessage());
        }
    }

    /** The table: measured value, its yardstick, the ratio, the target and whether it was met. */
    public static String table(Result result, Config config) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%nPromise Tracker benchmark: seed %d, %d plans x (%d actions, %d benefits), %d years, %d events%n%n",
                config.seed(),
                config.plans(),
                config.actions(),
                config.benefits(),
                config.years(),
                result.events()));
        out.append(String.format(
                Locale.ROOT,
                "Java %s (%s), %d processors, max heap %d MiB; %s%n%n",
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                result.postgres()));
        out.append("| phase | measure | value | limit (same run) | limit value | ratio | target | met |\n");
        out.append("|---|---|---:|---|---:|---:|---|---|\n");
        for (Row row : result.rows()) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f %s | %s | %s | %s | %s | %s |%n",
                    row.phase(),
                    row.measure(),
                    row.value(),
                    row.unit(),
                    row.limitName() == null ? "-" : row.limitName(),
                    row.limit() == null ? "-" : String.format(Locale.ROOT, "%.1f", row.limit()),
                    row.ratio() == null ? "-" : String.format(Locale.ROOT, "%.3f", row.ratio()),
                    row.target(),
                    row.met() == null ? "-" : row.met() ? "met" : "MISSED"));
        }
        return out.toString();
    }
}
