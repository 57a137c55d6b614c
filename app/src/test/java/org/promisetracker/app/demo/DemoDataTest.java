package org.promisetracker.app.demo;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.RecordProgressNote;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.CorrectMeasurement;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.plan.CreatePlan;
import org.promisetracker.api.report.PublishReport;

class DemoDataTest {

    private final DemoPlan southLanarkshire = DemoData.southLanarkshire();
    private final DemoPlan southAyrshire = DemoData.southAyrshire();

    @Test
    void givenSouthLanarkshire_thenItIsThe2018To2020StrategyWithFourCoreCommitments() {
        CreatePlan plan = southLanarkshire.definition();
        assertThat(plan.title()).isEqualTo("South Lanarkshire Corporate Parenting Strategy and Action Plan 2018-2020");
        assertThat(plan.organisation()).isEqualTo("South Lanarkshire Council");
        assertThat(plan.startDate()).isEqualTo("2018-10-01");
        assertThat(plan.endDate()).isEqualTo("2020-12-31");
        assertThat(plan.areaLabel()).isEqualTo("Core commitment");
        assertThat(southLanarkshire.commandsOf(AddArea.class))
                .extracting(AddArea::number, AddArea::title)
                .containsExactly(
                        tuple(
                                1,
                                "Corporate Parents will provide a range of opportunities to listen and respond to the voices of children and families/carers"),
                        tuple(2, "Sustain children with their families and within the community"),
                        tuple(3, "Promote and support the health and wellbeing needs"),
                        tuple(
                                4,
                                "Young people's rights to Continuing Care and Aftercare will be respected and protected"));
    }

    @Test
    void givenSouthLanarkshire_thenItsEightActionsHaveTheSeedLeadOfficersAndTimescales() {
        Map<String, AddAction> actions = byRef(southLanarkshire);

        assertThat(actions.keySet()).containsExactly("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2");
        assertThat(mapValues(actions, AddAction::leadOfficer))
                .containsExactly(
                        entry("1.1", "Service Manager (Children and Justice)"),
                        entry("1.2", "All members of Corporate Parenting Sub Group"),
                        entry("2.1", "Service Manager (Children and Justice)"),
                        entry("2.2", "Service Manager (Children and Justice)"),
                        entry("3.1", "Nurse Director; Service Manager (Children and Justice)"),
                        entry("3.2", "Quality Improvement Officer: Inclusion"),
                        entry("4.1", "Service Manager (Children and Justice)"),
                        entry("4.2", "Service Manager (Children and Justice)"));
        assertThat(mapValues(actions, action -> action.dueDate().toString()))
                .containsExactly(
                        entry("1.1", "2019-08-31"),
                        entry("1.2", "2020-07-31"),
                        entry("2.1", "2020-07-31"),
                        entry("2.2", "2020-07-31"),
                        entry("3.1", "2019-08-31"),
                        entry("3.2", "2019-08-31"),
                        entry("4.1", "2020-07-31"),
                        entry("4.2", "2020-07-31"));
        assertThat(actions.get("1.1").title())
                .isEqualTo(
                        "Close the gap between care experienced children and young people's views and how and which services are provided");
        assertThat(actions.get("3.1").outcomeMeasures()).isEqualTo("""
                Number of notifications and assessments on time
                Number of multi-agency chronologies support more positive change before, during and after care journeys""");
        assertThat(actions.values()).allSatisfy(action -> {
            assertThat(action.outcomeMeasures()).isNotBlank();
            assertThat(action.title()).doesNotContainIgnoringCase("illustrative");
        });
    }

    @Test
    void givenSouthLanarkshire_thenEachActionSitsUnderItsCoreCommitment() {
        Map<String, Integer> areaNumbers =
                southLanarkshire.commandsOf(AddArea.class).stream().collect(toMap(AddArea::areaId, AddArea::number));
        assertThat(byRef(southLanarkshire).values())
                .allSatisfy(action -> assertThat(action.ref()).startsWith(areaNumbers.get(action.areaId()) + "."));
    }

    @Test
    void givenSouthAyrshire_thenItIsTheParentingPromiseWithTenImprovementAreas() {
        CreatePlan plan = southAyrshire.definition();
        assertThat(plan.title()).isEqualTo("South Ayrshire's Parenting Promise 2021-2030");
        assertThat(plan.startDate()).isEqualTo("2021-04-01");
        assertThat(plan.endDate()).isEqualTo("2030-03-31");
        assertThat(plan.areaLabel()).isEqualTo("Improvement area");
        List<AddArea> areas = southAyrshire.commandsOf(AddArea.class);
        assertThat(areas).extracting(AddArea::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(areas.get(0).title())
                .isEqualTo(
                        "South Ayrshire's workforce and commissioned services will have a comprehensive understanding of the promise including how to embed the promise values in their approach");
        assertThat(areas.get(9).title())
                .isEqualTo(
                        "Care experienced children and young people will receive all they need to thrive at school. There will be no barriers to their engagement with education and schools will know and cherish their care experienced pupils.");
        assertThat(areas)
                .extracting(AddArea::title)
                .doesNotHaveDuplicates()
                .allSatisfy(title -> assertThat(title).doesNotContainIgnoringCase("illustrative"));
    }

    @Test
    void givenSouthAyrshire_thenEveryAreaHasAnIllustrativeActionLedByARoleFromTheSeeds() {
        List<AddAction> actions = southAyrshire.commandsOf(AddAction.class);
        Set<String> areasWithActions = actions.stream().map(AddAction::areaId).collect(Collectors.toSet());

        assertThat(areasWithActions).hasSize(10);
        assertThat(actions).allSatisfy(action -> {
            assertThat(action.title()).endsWith(" (illustrative)");
            assertThat(action.leadOfficer())
                    .isIn("Corporate Parenting Lead Officer", "Head of Children's Health, Care and Justice Services");
        });
    }

    @Test
    void givenTheDataSet_thenEveryInventedTextIsMarkedIllustrative() {
        List<String> invented = new ArrayList<>();
        for (DemoPlan plan : DemoData.plans()) {
            for (Object command : plan.commands()) {
                if (command instanceof AddBenefit benefit) {
                    invented.add(benefit.title());
                    if (benefit.baseline() != null && benefit.baseline().evidence() != null) {
                        invented.add(benefit.baseline().evidence());
                    }
                } else if (command instanceof ChangeActionStatus change) {
                    invented.add(change.comment());
                } else if (command instanceof RecordProgressNote note) {
                    invented.add(note.text());
                } else if (command instanceof RecordMeasurement measurement) {
                    invented.add(measurement.source());
                    if (measurement.evidence() != null) {
                        invented.add(measurement.evidence());
                    }
                } else if (command instanceof CorrectMeasurement correction) {
                    invented.add(correction.reason());
                } else if (command instanceof AssessRag assessment) {
                    invented.add(assessment.rationale());
                }
            }
        }

        assertThat(invented)
                .hasSizeGreaterThan(100)
                .allSatisfy(text -> assertThat(text.toLowerCase(Locale.ROOT)).contains("illustrative"));
    }

    @Test
    void givenTheDataSet_thenEveryEffectiveDateIsWithinItsPlanAndNotInTheFuture() {
        for (DemoPlan plan : DemoData.plans()) {
            LocalDate start = plan.definition().startDate();
            List<LocalDate> dates = plan.commands().stream()
                    .map(DemoDataTest::effectiveDate)
                    .filter(date -> date != null)
                    .toList();
            assertThat(dates).isNotEmpty().allSatisfy(date -> assertThat(date).isBetween(start, LocalDate.now()));
        }
    }

    @Test
    void givenTheDataSet_thenItShowsEveryStatusAndRagTheDashboardNeeds() {
        List<ChangeActionStatus> changes = allOf(ChangeActionStatus.class);
        assertThat(changes)
                .extracting(ChangeActionStatus::status)
                .contains(
                        ActionStatus.ON_TARGET,
                        ActionStatus.PROGRESSING,
                        ActionStatus.COMPLETED,
                        ActionStatus.SUPERSEDED);
        assertThat(allOf(AddBenefit.class))
                .extracting(AddBenefit::type)
                .contains(BenefitType.QUALITATIVE, BenefitType.QUANTITATIVE, BenefitType.CASHABLE);
        assertThat(allOf(AssessRag.class)).extracting(AssessRag::rag).contains(Rag.GREEN, Rag.AMBER, Rag.RED);
        assertThat(allOf(CorrectMeasurement.class)).isNotEmpty();

        Set<String> assessed =
                allOf(AssessRag.class).stream().map(AssessRag::benefitId).collect(Collectors.toSet());
        assertThat(allOf(AddBenefit.class))
                .anySatisfy(benefit -> assertThat(assessed).doesNotContain(benefit.benefitId()));
    }

    @Test
    void givenASupersededAction_thenItsSuccessorIsAnActionOfTheSamePlan() {
        for (DemoPlan plan : DemoData.plans()) {
            Set<String> actionIds = plan.commandsOf(AddAction.class).stream()
                    .map(AddAction::actionId)
                    .collect(Collectors.toSet());
            plan.commandsOf(ChangeActionStatus.class).stream()
                    .filter(change -> change.status() == ActionStatus.SUPERSEDED)
                    .forEach(change -> assertThat(actionIds).contains(change.supersededBy()));
        }
    }

    @Test
    void givenTheHistory_whenReadToday_thenSomeActionIsOverdue() {
        Map<String, ActionStatus> latest = new LinkedHashMap<>();
        allOf(ChangeActionStatus.class).stream()
                .sorted(Comparator.comparing(ChangeActionStatus::effectiveDate))
                .forEach(change -> latest.put(change.actionId(), change.status()));

        assertThat(allOf(AddAction.class)).anySatisfy(action -> {
            assertThat(action.dueDate()).isBefore(LocalDate.now());
            assertThat(latest.get(action.actionId())).isNotIn(ActionStatus.COMPLETED, ActionStatus.SUPERSEDED);
        });
    }

    @Test
    void givenTheSouthAyrshireReport_thenItFollowsTheFactsUpToItsDateAndIsRestatedAfterwards() {
        List<Object> commands = southAyrshire.commands();
        List<PublishReport> reports = southAyrshire.commandsOf(PublishReport.class);
        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.committee()).isEqualTo("Performance and Audit Committee");
            assertThat(report.reportDate()).isEqualTo("2023-02-20");
            assertThat(report.title()).isEqualTo("South Ayrshire's Parenting Promise 2021-2030 - Progress Report");
        });
        LocalDate reportDate = reports.get(0).reportDate();
        int published = commands.indexOf(reports.get(0));

        assertThat(commands.subList(0, published))
                .map(DemoDataTest::effectiveDate)
                .filteredOn(date -> date != null)
                .allSatisfy(date -> assertThat(date).isBeforeOrEqualTo(reportDate));
        List<Object> afterwards = commands.subList(published + 1, commands.size());
        assertThat(afterwards)
                .filteredOn(ChangeActionStatus.class::isInstance)
                .map(DemoDataTest::effectiveDate)
                .anySatisfy(date -> assertThat(date).isBefore(reportDate));
        Set<String> measuredBeforeReport = commands.subList(0, published).stream()
                .filter(RecordMeasurement.class::isInstance)
                .map(RecordMeasurement.class::cast)
                .map(RecordMeasurement::measurementId)
                .collect(Collectors.toSet());
        assertThat(afterwards)
                .filteredOn(CorrectMeasurement.class::isInstance)
                .map(CorrectMeasurement.class::cast)
                .anySatisfy(correction -> assertThat(measuredBeforeReport).contains(correction.measurementId()));
    }

    @Test
    void givenTheDataSetBuiltTwice_thenItNamesTheSameThings() {
        assertThat(DemoData.plans()).isEqualTo(DemoData.plans());
        Set<String> ids = new HashSet<>();
        for (DemoPlan plan : DemoData.plans()) {
            plan.commandsOf(AddArea.class)
                    .forEach(area -> assertThat(ids.add(area.areaId())).isTrue());
            plan.commandsOf(AddAction.class)
                    .forEach(action -> assertThat(ids.add(action.actionId())).isTrue());
            plan.commandsOf(AddBenefit.class)
                    .forEach(benefit -> assertThat(ids.add(benefit.benefitId())).isTrue());
            plan.commandsOf(RecordMeasurement.class)
                    .forEach(m -> assertThat(ids.add(m.measurementId())).isTrue());
        }
    }

    private static Map<String, AddAction> byRef(DemoPlan plan) {
        return plan.commandsOf(AddAction.class).stream()
                .collect(toMap(AddAction::ref, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static <V> Map<String, V> mapValues(Map<String, AddAction> actions, Function<AddAction, V> value) {
        return actions.values().stream().collect(toMap(AddAction::ref, value, (a, b) -> a, LinkedHashMap::new));
    }

    private static <T> List<T> allOf(Class<T> type) {
        return DemoData.plans().stream()
                .flatMap(plan -> plan.commandsOf(type).stream())
                .toList();
    }

    private static LocalDate effectiveDate(Object command) {
        if (command instanceof ChangeActionStatus change) {
            return change.effectiveDate();
        }
        if (command instanceof RecordProgressNote note) {
            return note.effectiveDate();
        }
        if (command instanceof RecordMeasurement measurement) {
            return measurement.effectiveDate();
        }
        if (command instanceof AssessRag assessment) {
            return assessment.effectiveDate();
        }
        if (command instanceof PublishReport report) {
            return report.reportDate();
        }
        if (command instanceof AddAction action) {
            return action.effectiveFrom();
        }
        return null;
    }
}
