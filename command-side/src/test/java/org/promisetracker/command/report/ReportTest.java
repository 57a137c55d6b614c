package org.promisetracker.command.report;

import static org.hamcrest.Matchers.containsString;
import static org.promisetracker.command.testing.FixtureSupport.CLOCK;
import static org.promisetracker.command.testing.FixtureSupport.TODAY;
import static org.promisetracker.command.testing.FixtureSupport.conflict;
import static org.promisetracker.command.testing.FixtureSupport.invalid;
import static org.promisetracker.command.testing.FixtureSupport.notFound;
import static org.promisetracker.command.testing.FixtureSupport.recorded;

import java.time.LocalDate;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.plan.PlanCreated;
import org.promisetracker.api.report.PublishReport;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.command.directory.InMemoryPlanDirectory;

class ReportTest {

    private static final String PLAN = "plan-south-ayrshire";
    private static final String AREA = "area-1";
    private static final String REPORT = "report-2023-02";
    private static final LocalDate START = LocalDate.of(2021, 4, 1);
    private static final LocalDate END = LocalDate.of(2030, 3, 31);
    private static final LocalDate REPORT_DATE = LocalDate.of(2023, 2, 20);
    private static final String COMMITTEE = "Performance and Audit Committee";
    private static final String TITLE = "Corporate Parenting Plan: progress report";

    private static final PublishReport PUBLISH = new PublishReport(REPORT, PLAN, COMMITTEE, REPORT_DATE, TITLE);
    private static final ReportPublished PUBLISHED = new ReportPublished(REPORT, PLAN, COMMITTEE, REPORT_DATE, TITLE);

    private FixtureConfiguration<Report> fixture;
    private final InMemoryPlanDirectory directory = new InMemoryPlanDirectory();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Report.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(CLOCK);
        directory.addPlan(PLAN, START, END).addArea(AREA, PLAN, 1);
    }

    @Test
    void givenPlan_whenPublishReport_thenReportPublishedAndItsEventAnswered() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(REPORT, PLAN, "  " + COMMITTEE + " ", REPORT_DATE, " " + TITLE))
                .expectEvents(PUBLISHED)
                .expectResultMessagePayload(recorded(fixture, REPORT, 0));
    }

    @Test
    void givenPlan_whenPublishReportDatedToday_thenReportPublished() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(REPORT, PLAN, COMMITTEE, TODAY, TITLE))
                .expectEvents(new ReportPublished(REPORT, PLAN, COMMITTEE, TODAY, TITLE));
    }

    @Test
    void givenPlan_whenPublishReportDatedThePlanStart_thenReportPublished() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(REPORT, PLAN, COMMITTEE, START, TITLE))
                .expectEvents(new ReportPublished(REPORT, PLAN, COMMITTEE, START, TITLE));
    }

    @Test
    void givenReportPublished_whenPublishWithSameBody_thenNoEventsAndOriginalAnswered() {
        directory.addReport(REPORT, PLAN);
        fixture.given(PUBLISHED)
                .when(PUBLISH)
                .expectNoEvents()
                .expectResultMessagePayload(recorded(fixture, REPORT, 0));
    }

    @Test
    void givenReportPublished_whenPublishSameIdWithDifferentBody_thenConflict() {
        directory.addReport(REPORT, PLAN);
        fixture.given(PUBLISHED)
                .when(new PublishReport(REPORT, PLAN, "Integration Joint Board", REPORT_DATE, TITLE))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage("A different report is already published with this id.");
    }

    @Test
    void givenIdOfAnArea_whenPublishReport_thenConflict() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(AREA, PLAN, COMMITTEE, REPORT_DATE, TITLE))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage(containsString("already in use"));
    }

    @Test
    void givenIdOfAPlan_whenPublishReport_thenConflict() {
        fixture.given(new GenericDomainEventMessage<>(
                        "Plan",
                        PLAN,
                        0,
                        new PlanCreated(
                                PLAN,
                                "South Ayrshire's Parenting Promise 2021-2030",
                                "South Ayrshire Council",
                                START,
                                END,
                                "Improvement area")))
                .when(new PublishReport(PLAN, PLAN, COMMITTEE, REPORT_DATE, TITLE))
                .expectNoEvents()
                .expectException(CommandRejected.Conflict.class)
                .expectExceptionDetails(conflict())
                .expectExceptionMessage(containsString("already in use"));
    }

    @Test
    void givenNoSuchPlan_whenPublishReport_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(REPORT, "plan-unknown", COMMITTEE, REPORT_DATE, TITLE))
                .expectNoEvents()
                .expectException(CommandRejected.NotFound.class)
                .expectExceptionDetails(notFound())
                .expectExceptionMessage("There is no plan plan-unknown.");
    }

    @Test
    void givenPlan_whenPublishReportDatedTomorrow_thenInvalidReportDate() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(REPORT, PLAN, COMMITTEE, TODAY.plusDays(1), TITLE))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("reportDate"))
                .expectExceptionMessage(containsString("is in the future"));
    }

    @Test
    void givenPlan_whenPublishReportDatedBeforeThePlanStarts_thenInvalidReportDate() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(REPORT, PLAN, COMMITTEE, START.minusDays(1), TITLE))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("reportDate"))
                .expectExceptionMessage(containsString("is before the plan starts"));
    }

    @Test
    void givenPlan_whenPublishReportWithoutDate_thenInvalidReportDate() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(REPORT, PLAN, COMMITTEE, null, TITLE))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("reportDate"));
    }

    @Test
    void givenPlan_whenPublishReportWithoutCommittee_thenInvalidCommittee() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(REPORT, PLAN, " ", REPORT_DATE, TITLE))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("committee"));
    }

    @Test
    void givenPlan_whenPublishReportWithoutTitle_thenInvalidTitle() {
        fixture.givenNoPriorActivity()
                .when(new PublishReport(REPORT, PLAN, COMMITTEE, REPORT_DATE, null))
                .expectNoEvents()
                .expectException(CommandRejected.Invalid.class)
                .expectExceptionDetails(invalid("title"));
    }
}
