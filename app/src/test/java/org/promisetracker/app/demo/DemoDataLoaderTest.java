package org.promisetracker.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.RecordProgressNote;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.CorrectMeasurement;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.plan.CreatePlan;
import org.promisetracker.api.report.PublishReport;
import org.promisetracker.app.PromiseTrackerApplication;
import org.promisetracker.platform.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application, started with the demo flag against a real PostgreSQL. The load runs in
 * the ready event, before the context is handed to the test, so there is nothing to wait for.
 * Queries are limited to the demo's own aggregates: other tests may share the database.
 */
@SpringBootTest(
        classes = PromiseTrackerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tracker.demo-data=true")
class DemoDataLoaderTest {

    /** The event each command of the data set records. */
    private static final Map<Class<?>, String> EVENT_OF = Map.of(
            CreatePlan.class, "org.promisetracker.api.plan.PlanCreated",
            AddArea.class, "org.promisetracker.api.plan.AreaAdded",
            AddAction.class, "org.promisetracker.api.action.ActionAdded",
            ChangeActionStatus.class, "org.promisetracker.api.action.ActionStatusChanged",
            RecordProgressNote.class, "org.promisetracker.api.action.ProgressNoteRecorded",
            AddBenefit.class, "org.promisetracker.api.benefit.BenefitAdded",
            RecordMeasurement.class, "org.promisetracker.api.benefit.MeasurementRecorded",
            CorrectMeasurement.class, "org.promisetracker.api.benefit.MeasurementCorrected",
            AssessRag.class, "org.promisetracker.api.benefit.RagAssessed",
            PublishReport.class, "org.promisetracker.api.report.ReportPublished");

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    DemoDataLoader loader;

    private final List<DemoPlan> plans = DemoData.plans();

    @Test
    void givenTheDemoFlag_whenTheAppStarts_thenEveryCommandOfTheDataSetIsStoredAsItsEvent() {
        Map<String, Long> expected = plans.stream()
                .flatMap(plan -> plan.commands().stream())
                .collect(Collectors.groupingBy(
                        command -> EVENT_OF.get(command.getClass()), TreeMap::new, Collectors.counting()));

        assertThat(storedEventsByType()).isEqualTo(expected);
        assertThat(expected.get("org.promisetracker.api.plan.PlanCreated")).isEqualTo(2);
        assertThat(expected.get("org.promisetracker.api.plan.AreaAdded")).isEqualTo(14);
    }

    @Test
    void givenTheDemoFlag_whenTheAppStarts_thenEveryEventIsRecordedByDemoData() {
        List<String> recordedBy = jdbc.queryForList("""
                SELECT coalesce(convert_from(meta_data, 'UTF8')::jsonb ->> 'recordedBy', '(none)')
                FROM domain_event_entry WHERE aggregate_identifier IN (:ids)""", Map.of("ids", aggregateIds()), String.class);

        assertThat(recordedBy).isNotEmpty().containsOnly("demo-data");
    }

    @Test
    void givenTheDemoFlag_whenTheAppStarts_thenTheRestatementsAreKnownOnlyAfterTheReport() {
        DemoPlan southAyrshire = plans.get(1);
        String reportId = southAyrshire.commandsOf(PublishReport.class).get(0).reportId();
        Set<String> correctedBenefits = southAyrshire.commandsOf(CorrectMeasurement.class).stream()
                .map(CorrectMeasurement::benefitId)
                .collect(Collectors.toSet());

        Instant publishedAt = Instant.parse(jdbc.queryForObject(
                        "SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = :id",
                        Map.of("id", reportId),
                        String.class))
                .truncatedTo(ChronoUnit.MILLIS);
        List<Instant> correctedAt = jdbc.queryForList("""
                        SELECT time_stamp FROM domain_event_entry
                        WHERE aggregate_identifier IN (:ids) AND payload_type LIKE '%.MeasurementCorrected'""", Map.of("ids", correctedBenefits), String.class).stream()
                .map(Instant::parse)
                .toList();

        assertThat(correctedAt)
                .isNotEmpty()
                .allSatisfy(instant ->
                        assertThat(instant.truncatedTo(ChronoUnit.MILLIS)).isAfter(publishedAt));
    }

    @Test
    void givenTheDemoDataIsLoaded_whenTheLoaderRunsAgain_thenNothingIsAdded() {
        Map<String, Long> before = storedEventsByType();
        Long allBefore = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Map.of(), Long.class);

        assertThat(loader.load()).isZero();

        assertThat(storedEventsByType()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Map.of(), Long.class))
                .isEqualTo(allBefore);
    }

    private Map<String, Long> storedEventsByType() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("""
                        SELECT payload_type, count(*) FROM domain_event_entry
                        WHERE aggregate_identifier IN (:ids) GROUP BY payload_type""", Map.of("ids", aggregateIds()), row -> {
            counts.put(row.getString(1), row.getLong(2));
        });
        return counts;
    }

    private Set<String> aggregateIds() {
        return plans.stream()
                .flatMap(plan -> plan.commands().stream())
                .map(DemoDataLoaderTest::aggregateId)
                .collect(Collectors.toSet());
    }

    private static String aggregateId(Object command) {
        if (command instanceof CreatePlan plan) {
            return plan.planId();
        }
        if (command instanceof AddArea area) {
            return area.planId();
        }
        if (command instanceof AddAction action) {
            return action.actionId();
        }
        if (command instanceof ChangeActionStatus change) {
            return change.actionId();
        }
        if (command instanceof RecordProgressNote note) {
            return note.actionId();
        }
        if (command instanceof AddBenefit benefit) {
            return benefit.benefitId();
        }
        if (command instanceof RecordMeasurement measurement) {
            return measurement.benefitId();
        }
        if (command instanceof CorrectMeasurement correction) {
            return correction.benefitId();
        }
        if (command instanceof AssessRag assessment) {
            return assessment.benefitId();
        }
        if (command instanceof PublishReport report) {
            return report.reportId();
        }
        throw new IllegalArgumentException("Not a demo command: " + command);
    }
}
