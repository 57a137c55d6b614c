package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.promisetracker.api.action.ActionAdded;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.ActionStatusChanged;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.action.ProgressNoteRecorded;
import org.promisetracker.api.action.RecordProgressNote;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.CorrectMeasurement;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.MeasurementCorrected;
import org.promisetracker.api.benefit.MeasurementRecorded;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.RagAssessed;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.benefit.Target;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.plan.CreatePlan;
import org.promisetracker.api.plan.PlanCreated;
import org.promisetracker.api.report.PublishReport;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.BenefitView.Measurement;
import org.promisetracker.api.view.PlanItems;
import org.promisetracker.api.view.Verification;
import org.promisetracker.api.view.VerifyReport;
import org.promisetracker.app.support.ProjectionSync;
import org.promisetracker.platform.testing.TestPostgres;
import org.promisetracker.query.asat.AsAt;
import org.promisetracker.query.asat.SqlPlanItems;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.promisetracker.query.replay.PlanFold;
import org.promisetracker.query.replay.ReportReplay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A property of the read side: for random but valid histories of a plan, the indexed as-at answer
 * ({@link SqlPlanItems}, the serving path) equals the in-memory fold of the plan's events
 * ({@link PlanFold}, the audit path), at every date and every instant of knowledge. Each seed
 * writes one fresh plan through the command bus, waits for the projection, then compares the two
 * at dates on, before, after and between its fact dates, at knowledge instants on, just before
 * and between its events' timestamps, and at cuts by global position. Every report published on
 * the way must verify.
 * <p>
 * The commands sent are deterministic by seed (ids and recorded instants are not, and decide nothing
 * the generator does); a failure names the seed and the point, so running that seed reproduces it.
 * Each seed prints what its history held (ties, backdating, corrections of corrections) and how long
 * each phase took.
 */
@SpringBootTest
class AsAtPropertyTest {

    private static final int SEEDS = 25;
    /** Later than anything the test records: "as known now". */
    private static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    SqlPlanItems sqlPlanItems;

    @Autowired
    ReportReplay replay;

    @Autowired
    ReadSchemas schemas;

    @Autowired
    Clock clock;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomValidHistory_whenReadAsAtAnyDateAndKnowledge_thenIndexedSqlEqualsReplayFold(long seed) {
        long began = System.nanoTime();
        History history = new History(seed, LocalDate.now(clock));
        history.write();
        long written = System.nanoTime();
        new ProjectionSync(eventStore, processing).awaitCaughtUp();
        long projected = System.nanoTime();

        long head = eventStore.createHeadToken().position().orElseThrow();
        ReportReplay.Replayed wholeLog = replay.wholeLogUpTo(history.planId, head, Set.of());
        // what verification reads: the plan's events where the log is in PostgreSQL, the whole log on Axon Server
        ReportReplay.Replayed planOnly = replay.upTo(history.planId, head);
        PlanFold fold = wholeLog.fold();
        List<Logged> logged = planEvents(history.planId, head);
        // verification reads the plan's own events; it must miss none the whole log holds
        assertThat(planOnly.eventsRead()).as("seed %d", seed).isGreaterThanOrEqualTo(logged.size());
        String schema = schemas.live();

        long replayed = System.nanoTime();
        List<AsAt> points = points(new Random(seed * 31 + 7), history, logged);
        Set<PlanItems> distinctAnswers = new HashSet<>();
        int withStatus = 0;
        for (AsAt asAt : points) {
            PlanItems fromSql = asStoredByPostgres(sqlPlanItems.read(schema, history.planId, asAt));
            PlanItems fromFold = asStoredByPostgres(fold.items(asAt));
            assertThat(fromSql).as("seed %d %s", seed, asAt).isEqualTo(fromFold);
            assertThat(asStoredByPostgres(planOnly.fold().items(asAt)))
                    .as("seed %d %s, the plan's events only", seed, asAt)
                    .isEqualTo(fromFold);
            distinctAnswers.add(fromFold);
            if (fromFold.actions().stream().anyMatch(action -> action.statusDate() != null)) {
                withStatus++;
            }
        }

        long compared = System.nanoTime();
        for (String reportId : history.reports) {
            Verification verification = queries.query(new VerifyReport(reportId), Verification.class)
                    .join();
            assertThat(verification).as("seed %d report %s", seed, reportId).isNotNull();
            assertThat(verification.matches())
                    .as("seed %d report %s: %s", seed, reportId, verification)
                    .isTrue();
        }

        // the property is only worth something if the histories are rich and the answers vary
        assertThat(logged).hasSizeGreaterThan(30);
        assertThat(distinctAnswers.size()).as("seed %d distinct answers", seed).isGreaterThan(5);
        assertThat(withStatus).isPositive();
        System.out.printf(
                "AsAtPropertyTest seed %d: %d commands (%d rejected), %d plan events (%s), %d reports, "
                        + "%d points compared, %d distinct answers; ms: write %d, sync %d, replay %d, compare %d, verify %d%n",
                seed,
                history.sent,
                history.rejected,
                logged.size(),
                shape(logged),
                history.reports.size(),
                points.size(),
                distinctAnswers.size(),
                millis(began, written),
                millis(written, projected),
                millis(projected, replayed),
                millis(replayed, compared),
                millis(compared, System.nanoTime()));
    }

    /**
     * The two paths give the very same BigDecimal (scale included: 35, 35.0 and 35.50 come back as
     * written) except for a negative scale: PostgreSQL's numeric has none, so 7E+2 comes back from
     * the tables as 700 while the fold keeps 7E+2. The same number, and canonical JSON (what a report's
     * hash is taken of) writes both as 700; so only that is normalised, and every other scale is compared
     * exactly.
     */
    private static PlanItems asStoredByPostgres(PlanItems items) {
        return new PlanItems(
                items.actions(),
                items.benefits().stream()
                        .map(benefit -> new BenefitView(
                                benefit.benefitId(),
                                benefit.ref(),
                                benefit.actionIds(),
                                benefit.title(),
                                benefit.type(),
                                benefit.unit(),
                                benefit.direction(),
                                benefit.baseline() == null
                                        ? null
                                        : new Baseline(
                                                plain(benefit.baseline().value()),
                                                benefit.baseline().evidence(),
                                                benefit.baseline().date()),
                                benefit.target() == null
                                        ? null
                                        : new Target(
                                                plain(benefit.target().value()),
                                                benefit.target().date()),
                                benefit.rag(),
                                benefit.ragDate(),
                                benefit.rationale(),
                                plain(benefit.latestMeasurement()),
                                plain(benefit.previousMeasurement()),
                                benefit.trend()))
                        .toList());
    }

    private static Measurement plain(Measurement measurement) {
        return measurement == null
                ? null
                : new Measurement(
                        measurement.measurementId(),
                        measurement.effectiveDate(),
                        plain(measurement.value()),
                        measurement.evidence(),
                        measurement.source());
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0);
    }

    /** How much of what makes as-at reads hard a history has: ties, backdating, corrections of corrections. */
    private static String shape(List<Logged> logged) {
        Map<String, LocalDate> latestStatusDate = new HashMap<>();
        Set<String> statusDays = new HashSet<>();
        Map<String, LocalDate> measurementDate = new HashMap<>();
        Set<String> corrected = new HashSet<>();
        int ties = 0;
        int backdated = 0;
        int superseded = 0;
        int recorrected = 0;
        int moved = 0;
        for (Logged event : logged) {
            if (event.payload() instanceof ActionStatusChanged e) {
                if (!statusDays.add(e.actionId() + e.effectiveDate())) {
                    ties++;
                }
                LocalDate latest = latestStatusDate.get(e.actionId());
                if (latest != null && e.effectiveDate().isBefore(latest)) {
                    backdated++;
                } else {
                    latestStatusDate.put(e.actionId(), e.effectiveDate());
                }
                if (e.status() == ActionStatus.SUPERSEDED) {
                    superseded++;
                }
            } else if (event.payload() instanceof MeasurementRecorded e) {
                measurementDate.put(e.measurementId(), e.effectiveDate());
            } else if (event.payload() instanceof MeasurementCorrected e) {
                if (!corrected.add(e.measurementId())) {
                    recorrected++;
                }
                if (!e.effectiveDate().equals(measurementDate.put(e.measurementId(), e.effectiveDate()))) {
                    moved++;
                }
            }
        }
        return "%d status ties, %d backdated, %d superseded, %d corrections of corrections, %d moved"
                .formatted(ties, backdated, superseded, recorrected, moved);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** One event of the plan as the log holds it. */
    private record Logged(Object payload, Instant recordedAt, long position) {}

    private List<Logged> planEvents(String planId, long head) {
        PlanFold probe = new PlanFold(planId);
        List<Logged> logged = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                long position = event.trackingToken().position().orElseThrow();
                if (position > head) {
                    break;
                }
                Object payload = event.getPayload();
                if (probe.apply(payload, event.getTimestamp(), position)
                        || payload instanceof PlanCreated created
                                && created.planId().equals(planId)
                        || payload instanceof ReportPublished report
                                && report.planId().equals(planId)) {
                    logged.add(new Logged(payload, event.getTimestamp(), position));
                }
                if (position == head) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return logged;
    }

    /**
     * The (date, knowledge) points to compare: every interesting date as known now; every
     * knowledge instant (each event's timestamp, a microsecond and a nanosecond before it, half
     * way to the next) at a few dates; every position cut; and random mixtures of all three.
     */
    private static List<AsAt> points(Random random, History history, List<Logged> logged) {
        TreeSet<LocalDate> factDates = new TreeSet<>();
        factDates.add(history.start);
        factDates.add(history.today);
        for (Logged event : logged) {
            Object payload = event.payload();
            if (payload instanceof ActionAdded e) {
                factDates.add(e.effectiveFrom());
                if (e.dueDate() != null) {
                    factDates.add(e.dueDate());
                }
            } else if (payload instanceof BenefitAdded e) {
                factDates.add(e.effectiveFrom());
            } else if (payload instanceof ActionStatusChanged e) {
                factDates.add(e.effectiveDate());
            } else if (payload instanceof ProgressNoteRecorded e) {
                factDates.add(e.effectiveDate());
            } else if (payload instanceof RagAssessed e) {
                factDates.add(e.effectiveDate());
            } else if (payload instanceof MeasurementRecorded e) {
                factDates.add(e.effectiveDate());
            } else if (payload instanceof MeasurementCorrected e) {
                factDates.add(e.effectiveDate());
            } else if (payload instanceof ReportPublished e) {
                factDates.add(e.reportDate());
            }
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        LocalDate previous = null;
        for (LocalDate date : factDates) {
            dates.add(date);
            dates.add(date.minusDays(1));
            dates.add(date.plusDays(1));
            if (previous != null && ChronoUnit.DAYS.between(previous, date) > 2) {
                dates.add(previous.plusDays(ChronoUnit.DAYS.between(previous, date) / 2));
            }
            previous = date;
        }
        List<LocalDate> dateList = new ArrayList<>(dates);

        TreeSet<Instant> instants = new TreeSet<>();
        Instant before = null;
        for (Logged event : logged) {
            Instant at = event.recordedAt();
            instants.add(at);
            instants.add(at.minus(1, ChronoUnit.MICROS));
            instants.add(at.minusNanos(1));
            if (before != null && before.isBefore(at)) {
                instants.add(before.plus(Duration.between(before, at).dividedBy(2)));
            }
            before = at;
        }
        instants.add(logged.get(0).recordedAt().minusSeconds(1));
        instants.add(LATER);
        List<Instant> instantList = new ArrayList<>(instants);

        Set<AsAt> points = new LinkedHashSet<>();
        for (LocalDate date : dateList) {
            points.add(AsAt.of(date, LATER));
        }
        for (Instant knownAt : instantList) {
            points.add(AsAt.of(pick(random, dateList), knownAt));
            points.add(AsAt.of(pick(random, history.factDatesUsed), knownAt));
        }
        for (Logged event : logged) {
            points.add(new AsAt(pick(random, dateList), LATER, event.position()));
            points.add(new AsAt(pick(random, history.factDatesUsed), event.recordedAt(), event.position() + 1));
        }
        for (int i = 0; i < 60; i++) {
            Logged cut = pick(random, logged);
            points.add(new AsAt(
                    pick(random, dateList),
                    pick(random, instantList),
                    random.nextBoolean() ? Long.MAX_VALUE : cut.position() + random.nextInt(2)));
        }
        return new ArrayList<>(points);
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /**
     * One seed's plan and its history, written through the command bus, with a model just rich
     * enough to keep the commands valid: each action's status changes (to know when reopening
     * needs a comment) and each measurement as it stands after its corrections.
     */
    private final class History {

        final long seed;
        final Random random;
        final LocalDate today;
        final LocalDate start;
        final LocalDate end;
        final String planId = UUID.randomUUID().toString();
        final List<String> areas = new ArrayList<>();
        final Map<String, List<Change>> actions = new LinkedHashMap<>();
        final Map<String, Benefit> benefits = new LinkedHashMap<>();
        final List<String> reports = new ArrayList<>();
        /** The few dates most facts fall on, so that ties on an effective date are common. */
        final List<LocalDate> pool = new ArrayList<>();

        final List<LocalDate> factDatesUsed = new ArrayList<>();
        int sent;
        int rejected;
        int refs;

        private record Change(ActionStatus status, LocalDate date) {}

        private record Measured(LocalDate date, BigDecimal value, String evidence) {}

        private record Benefit(BenefitType type, Map<String, Measured> measurements) {}

        History(long seed, LocalDate today) {
            this.seed = seed;
            this.random = new Random(seed);
            this.today = today;
            this.start = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(730));
            this.end = start.plusYears(2 + random.nextInt(4)).minusDays(1);
        }

        void write() {
            send(new CreatePlan(planId, "Corporate parenting plan, seed " + seed, "Council " + seed, start, end, null));
            pool.add(start);
            int poolSize = 6 + random.nextInt(8);
            while (pool.size() < poolSize) {
                pool.add(anyDate());
            }
            List<Integer> numbers = new ArrayList<>(List.of(1, 2, 3, 4, 5));
            Collections.shuffle(numbers, random);
            int areaCount = 2 + random.nextInt(2);
            for (int i = 0; i < areaCount; i++) {
                String areaId = UUID.randomUUID().toString();
                send(new AddArea(planId, areaId, numbers.get(i), "Area " + numbers.get(i)));
                areas.add(areaId);
            }
            int actionCount = 3 + random.nextInt(4);
            // sometimes one action is added late, in the middle of the history
            boolean oneLate = actionCount > 3 && random.nextBoolean();
            for (int i = 0; i < actionCount - (oneLate ? 1 : 0); i++) {
                addAction();
            }
            int benefitCount = 2 + random.nextInt(4);
            for (int i = 0; i < benefitCount; i++) {
                addBenefit();
            }
            int factCount = 30 + random.nextInt(51);
            Set<Integer> reportAt = new HashSet<>();
            int reportCount = 1 + random.nextInt(3);
            while (reportAt.size() < reportCount) {
                reportAt.add(random.nextInt(factCount));
            }
            int lateAt = random.nextInt(factCount);
            for (int i = 0; i < factCount; i++) {
                if (oneLate && i == lateAt) {
                    addAction();
                }
                if (reportAt.contains(i)) {
                    publishReport();
                }
                int kind = random.nextInt(100);
                if (kind < 38) {
                    changeStatus();
                } else if (kind < 50) {
                    note();
                } else if (kind < 68) {
                    measure();
                } else if (kind < 84) {
                    correct();
                } else {
                    assessRag();
                }
            }
        }

        private void addAction() {
            String actionId = UUID.randomUUID().toString();
            LocalDate effectiveFrom = random.nextInt(4) == 0 ? null : dateWithin(start, end);
            LocalDate due = random.nextInt(5) == 0 ? null : dateWithin(start, end.plusYears(1));
            refs++;
            if (send(new AddAction(
                    actionId,
                    planId,
                    pick(random, areas),
                    "1." + refs,
                    "Action " + refs + " of seed " + seed,
                    "Service Manager",
                    due,
                    random.nextBoolean() ? "Outcome " + refs : null,
                    effectiveFrom,
                    List.of(Foundation.values()[random.nextInt(Foundation.values().length)]),
                    null))) {
                actions.put(actionId, new ArrayList<>());
                if (effectiveFrom != null) {
                    factDatesUsed.add(effectiveFrom);
                }
            }
        }

        private void addBenefit() {
            String benefitId = UUID.randomUUID().toString();
            BenefitType type = BenefitType.values()[random.nextInt(BenefitType.values().length)];
            List<String> actionIds = new ArrayList<>(actions.keySet());
            Collections.shuffle(actionIds, random);
            actionIds = actionIds.subList(0, 1 + random.nextInt(2));
            boolean byValue = type != BenefitType.QUALITATIVE;
            Baseline baseline = random.nextInt(3) == 0
                    ? null
                    : new Baseline(
                            byValue ? value() : null, byValue ? null : "Baseline evidence", dateWithin(start, today));
            Target target = random.nextInt(3) == 0 ? null : new Target(value(), dateWithin(start, end));
            Direction direction =
                    random.nextInt(3) == 0 ? null : Direction.values()[random.nextInt(Direction.values().length)];
            LocalDate effectiveFrom = random.nextInt(4) == 0 ? null : dateWithin(start, end);
            if (send(new AddBenefit(
                    benefitId,
                    planId,
                    null,
                    actionIds,
                    "Benefit of seed " + seed,
                    type,
                    "Measure",
                    "Survey",
                    null,
                    type == BenefitType.QUANTITATIVE ? "%" : null,
                    direction,
                    baseline,
                    target,
                    effectiveFrom))) {
                benefits.put(benefitId, new Benefit(type, new LinkedHashMap<>()));
            }
        }

        private void changeStatus() {
            String actionId = pick(random, new ArrayList<>(actions.keySet()));
            List<Change> changes = actions.get(actionId);
            LocalDate date = !changes.isEmpty() && random.nextInt(4) == 0
                    ? pick(random, changes).date() // a tie on an effective date already used
                    : factDate();
            int roll = random.nextInt(100);
            ActionStatus status = roll < 5
                    ? ActionStatus.NOT_STARTED
                    : roll < 35
                            ? ActionStatus.ON_TARGET
                            : roll < 60
                                    ? ActionStatus.PROGRESSING
                                    : roll < 85 ? ActionStatus.COMPLETED : ActionStatus.SUPERSEDED;
            String successor = null;
            if (status == ActionStatus.SUPERSEDED) {
                List<String> others = new ArrayList<>(actions.keySet());
                others.remove(actionId);
                successor = pick(random, others);
            }
            ActionStatus current = statusAsAt(changes, date);
            boolean reopening = current.isTerminal() && status != current;
            // a reopening usually says why; one that does not is refused, and counted
            String comment = reopening
                    ? (random.nextInt(10) == 0 ? null : "Reopened: more to do")
                    : random.nextBoolean() ? "Comment " + random.nextInt(1000) : null;
            if (send(new ChangeActionStatus(actionId, status, date, comment, successor, lateReason()))) {
                changes.add(new Change(status, date));
            }
        }

        /** As the Action aggregate decides it: the latest effective on or before, ties to the later recorded. */
        private static ActionStatus statusAsAt(List<Change> changes, LocalDate date) {
            ActionStatus status = ActionStatus.NOT_STARTED;
            LocalDate effective = null;
            for (Change change : changes) {
                if (!change.date().isAfter(date)
                        && (effective == null || !change.date().isBefore(effective))) {
                    status = change.status();
                    effective = change.date();
                }
            }
            return status;
        }

        private void note() {
            String actionId = pick(random, new ArrayList<>(actions.keySet()));
            send(new RecordProgressNote(actionId, factDate(), "Note " + random.nextInt(1000), lateReason()));
        }

        private void measure() {
            String benefitId = pick(random, new ArrayList<>(benefits.keySet()));
            Benefit benefit = benefits.get(benefitId);
            String measurementId = UUID.randomUUID().toString();
            boolean byValue = benefit.type() != BenefitType.QUALITATIVE;
            LocalDate date = !benefit.measurements().isEmpty() && random.nextInt(4) == 0
                    ? pick(random, new ArrayList<>(benefit.measurements().values()))
                            .date()
                    : factDate();
            BigDecimal value = byValue ? value() : null;
            String evidence = byValue
                    ? (random.nextInt(4) == 0 ? "Also seen " + random.nextInt(100) : null)
                    : "Seen " + random.nextInt(1000);
            if (random.nextInt(25) == 0) {
                // now and then an invalid one: a value-measured benefit without a value, or no source
                if (send(new RecordMeasurement(benefitId, measurementId, date, null, null, "Records", lateReason()))) {
                    benefit.measurements().put(measurementId, new Measured(date, null, null));
                }
                return;
            }
            if (send(new RecordMeasurement(
                    benefitId, measurementId, date, value, evidence, "Records " + random.nextInt(5), lateReason()))) {
                benefit.measurements().put(measurementId, new Measured(date, value, evidence));
            }
        }

        private void correct() {
            List<String> measuredBenefits = benefits.entrySet().stream()
                    .filter(entry -> !entry.getValue().measurements().isEmpty())
                    .map(Map.Entry::getKey)
                    .toList();
            if (measuredBenefits.isEmpty()) {
                measure();
                return;
            }
            String benefitId = pick(random, measuredBenefits);
            Benefit benefit = benefits.get(benefitId);
            String measurementId =
                    pick(random, new ArrayList<>(benefit.measurements().keySet()));
            Measured current = benefit.measurements().get(measurementId);
            boolean byValue = benefit.type() != BenefitType.QUALITATIVE;
            int what = random.nextInt(10);
            boolean changeContent = what < 6 || what == 9;
            boolean moveDate = what >= 5;
            BigDecimal value = changeContent && byValue ? value() : null;
            String evidence = changeContent && !byValue ? "Corrected evidence " + random.nextInt(1000) : null;
            LocalDate date = moveDate ? factDate() : null;
            if (send(new CorrectMeasurement(
                    benefitId, measurementId, value, evidence, date, "Reason " + random.nextInt(100)))) {
                benefit.measurements()
                        .put(
                                measurementId,
                                new Measured(
                                        date != null ? date : current.date(),
                                        value != null ? value : current.value(),
                                        evidence != null ? evidence : current.evidence()));
            }
        }

        private void assessRag() {
            String benefitId = pick(random, new ArrayList<>(benefits.keySet()));
            Rag rag = List.of(Rag.GREEN, Rag.AMBER, Rag.RED).get(random.nextInt(3));
            send(new AssessRag(benefitId, rag, factDate(), "Rationale " + random.nextInt(1000), lateReason()));
        }

        private void publishReport() {
            String reportId = UUID.randomUUID().toString();
            if (send(new PublishReport(
                    reportId, planId, "Committee " + seed, factDate(), "Report " + (reports.size() + 1)))) {
                reports.add(reportId);
            }
        }

        /**
         * Facts come in any order of effective date, so many fall in a period a report has already
         * locked: most say why they may be late; one without a reason is refused there, and counted.
         */
        private String lateReason() {
            return random.nextInt(10) == 0 ? null : "Late " + random.nextInt(1000);
        }

        /** Mostly one of the pool's dates, else any date from the plan's start to today. */
        private LocalDate factDate() {
            LocalDate date = random.nextInt(10) < 7 ? pick(random, pool) : anyDate();
            factDatesUsed.add(date);
            return date;
        }

        private LocalDate anyDate() {
            return dateWithin(start, today);
        }

        private LocalDate dateWithin(LocalDate from, LocalDate to) {
            return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
        }

        /** Values of assorted scales: whole, with decimals, with trailing zeros, in exponent form (7E+2). */
        private BigDecimal value() {
            return switch (random.nextInt(5)) {
                case 4 -> new BigDecimal((1 + random.nextInt(9)) + "E+" + (1 + random.nextInt(3)));
                case 0 -> BigDecimal.valueOf(random.nextInt(200));
                case 1 -> BigDecimal.valueOf(random.nextInt(100_000), 2);
                case 2 -> new BigDecimal(random.nextInt(100) + ".50");
                default -> BigDecimal.valueOf(random.nextInt(10_000), 3);
            };
        }

        /** Sends one command; a refusal is counted and the history moves on without it. */
        private boolean send(Object command) {
            sent++;
            try {
                commands.sendAndWait(command);
                return true;
            } catch (CommandExecutionException refused) {
                rejected++;
                return false;
            }
        }
    }
}
