package org.promisetracker.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.view.PlanContents;

/** How rows are checked and matched, without a database: the plan as the query side would answer it. */
class PlanImportTest {

    private static final LocalDate START = LocalDate.of(2018, 4, 1);
    private static final Clock TODAY = Clock.fixed(
            LocalDate.of(2020, 1, 15).atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));

    private static final PlanContents EMPTY = new PlanContents(
            "plan-1",
            START,
            LocalDate.of(2020, 12, 31),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    @Test
    void givenAnEmptyPlan_whenAFileAddsAreasActionsAndABenefit_thenTheirCommandsGoInOrderWithTheFilesOwnIds() {
        ImportFile file = file(
                sheet(ImportSheet.AREAS, row(3, "Number", "1", "Title", "Listen to children")),
                sheet(
                        ImportSheet.ACTIONS,
                        row(
                                3,
                                "Ref",
                                "1.1",
                                "Area",
                                "1",
                                "Title",
                                "Close the gap",
                                "Lead officer",
                                "Service Manager",
                                "Due date",
                                "2019-08-31",
                                "Foundations",
                                "voice, Family")),
                sheet(
                        ImportSheet.BENEFITS,
                        row(
                                3,
                                "Ref",
                                "B1",
                                "Title",
                                "Views heard (illustrative)",
                                "Type",
                                "qualitative",
                                "Measure",
                                "Case studies",
                                "Collection method",
                                "Champions Board",
                                "Actions",
                                "1.1")));

        PlanImport result = PlanImport.of(file, EMPTY, TODAY);

        assertThat(result.problems()).isEmpty();
        List<Object> commands =
                result.steps().stream().map(PlanImport.Step::command).toList();
        assertThat(commands).hasExactlyElementsOfTypes(AddArea.class, AddAction.class, AddBenefit.class);
        AddArea area = (AddArea) commands.get(0);
        AddAction action = (AddAction) commands.get(1);
        AddBenefit benefit = (AddBenefit) commands.get(2);
        assertThat(action.areaId()).isEqualTo(area.areaId());
        assertThat(action.foundations()).extracting(Enum::name).containsExactly("VOICE", "FAMILY");
        assertThat(benefit.actionIds()).containsExactly(action.actionId());
        assertThat(benefit.type()).isEqualTo(BenefitType.QUALITATIVE);
        assertThat(PlanImport.of(file, EMPTY, TODAY).steps())
                .as("the same file gives the same ids, so an interrupted import sent again creates no second copy")
                .isEqualTo(result.steps());
    }

    @Test
    void givenRecordedItems_whenTheFileSaysTheSame_thenUnchanged_andWhenItSaysOtherwise_thenAProblemOnTheColumn() {
        PlanContents plan = new PlanContents(
                "plan-1",
                START,
                LocalDate.of(2020, 12, 31),
                List.of(new PlanContents.Area("area-1", 1, "Listen to children")),
                List.of(new PlanContents.Action(
                        "action-1", "area-1", "1.1", "Close the gap", "Service Manager", null, null, List.of(), null)),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        ImportFile file = file(
                sheet(ImportSheet.AREAS, row(3, "Number", "1", "Title", "Listen to children")),
                sheet(
                        ImportSheet.ACTIONS,
                        row(3, "Ref", "1.1", "Area", "1", "Title", "Close the gap", "Lead officer", "Service Manager"),
                        row(4, "Ref", "1.2", "Area", "1", "Title", "Brief partners", "Lead officer", "Sub Group"),
                        row(
                                5,
                                "Ref",
                                "1.1",
                                "Area",
                                "1",
                                "Title",
                                "Close the gap!",
                                "Lead officer",
                                "Service Manager")));

        PlanImport result = PlanImport.of(file, plan, TODAY);

        assertThat(result.rows())
                .extracting(PlanImport.Row::outcome)
                .containsExactly(
                        PlanImport.Outcome.UNCHANGED,
                        PlanImport.Outcome.UNCHANGED,
                        PlanImport.Outcome.CREATE,
                        PlanImport.Outcome.PROBLEM);
        assertThat(result.problems())
                .containsExactly(
                        new ImportProblem(
                                "Actions",
                                5,
                                "Title",
                                "action 1.1 is already in this plan with another title; an import adds to a plan and does not change what is recorded"));
        assertThat(result.counts())
                .containsExactly(
                        new PlanImport.SheetCount("Areas", 1, 0, 1), new PlanImport.SheetCount("Actions", 3, 1, 1));
    }

    @Test
    void givenHistoryRows_whenTheyBreakTheAggregatesRules_thenEachIsAProblemAndNothingIsSent() {
        ImportFile file = file(
                sheet(ImportSheet.AREAS, row(3, "Number", "1", "Title", "Listen")),
                sheet(
                        ImportSheet.ACTIONS,
                        row(3, "Ref", "1.1", "Area", "1", "Title", "Close the gap", "Lead officer", "Manager")),
                sheet(
                        ImportSheet.BENEFITS,
                        row(
                                3,
                                "Ref",
                                "B1",
                                "Title",
                                "Trained staff",
                                "Type",
                                "QUANTITATIVE",
                                "Measure",
                                "Share trained",
                                "Collection method",
                                "Records",
                                "Unit",
                                "%",
                                "Actions",
                                "1.1, 9.9"),
                        row(
                                4,
                                "Ref",
                                "B2",
                                "Title",
                                "Views heard",
                                "Type",
                                "QUALITATIVE",
                                "Measure",
                                "Case studies",
                                "Collection method",
                                "Board",
                                "Actions",
                                "1.1")),
                sheet(
                        ImportSheet.STATUSES,
                        row(3, "Action ref", "1.1", "Effective date", "2019-03-31", "Status", "Completed"),
                        row(4, "Action ref", "1.1", "Effective date", "2019-06-30", "Status", "PROGRESSING"),
                        row(5, "Action ref", "1.1", "Effective date", "2021-01-01", "Status", "ON_TARGET"),
                        row(6, "Action ref", "1.1", "Effective date", "2019-07-01", "Status", "SUPERSEDED"),
                        row(7, "Action ref", "1.1", "Effective date", "31/03/2019", "Status", "On target")),
                sheet(
                        ImportSheet.MEASUREMENTS,
                        row(3, "Benefit ref", "B2", "Effective date", "2019-03-31", "Value", "12", "Source", "Board")));

        PlanImport result = PlanImport.of(file, EMPTY, TODAY);

        assertThat(result.problems())
                .extracting(p -> p.sheet() + " " + p.row() + " " + p.column())
                .containsExactly(
                        "Benefits 3 Actions",
                        "Statuses 4 Comment",
                        "Statuses 5 Effective date",
                        "Statuses 6 Status",
                        "Statuses 7 Effective date",
                        "Measurements 3 Value");
        assertThat(result.problems().get(0).message())
                .isEqualTo("there is no action 9.9 in this plan or in the file's Actions sheet");
        assertThat(result.problems().get(1).message())
                .isEqualTo("as at 30 June 2019 this action is completed; say in a comment why it is being reopened");
        assertThat(result.problems().get(2).message()).startsWith("the effective date 1 January 2021 is in the future");
        assertThat(result.problems().get(5).message())
                .isEqualTo("a qualitative benefit is measured by evidence, not a value");
        assertThat(PlanImport.describe(result.problems().get(0)))
                .isEqualTo(
                        "Benefits row 3, Actions: there is no action 9.9 in this plan or in the file's Actions sheet");
    }

    @Test
    void givenARecordedMeasurement_whenTheFileHasTheSameOrAnotherValueForItsDate_thenUnchangedOrAProblem() {
        PlanContents plan = new PlanContents(
                "plan-1",
                START,
                LocalDate.of(2020, 12, 31),
                List.of(new PlanContents.Area("area-1", 1, "Listen")),
                List.of(new PlanContents.Action(
                        "action-1", "area-1", "1.1", "Close", "Manager", null, null, List.of(), null)),
                List.of(new PlanContents.Benefit(
                        "benefit-1",
                        "B1",
                        List.of("action-1"),
                        "Trained",
                        BenefitType.QUANTITATIVE,
                        "Share",
                        "Records",
                        "%",
                        Direction.HIGHER_IS_BETTER,
                        null,
                        null)),
                List.of(new PlanContents.StatusChange(
                        "action-1", LocalDate.of(2019, 3, 31), ActionStatus.ON_TARGET, null)),
                List.of(new PlanContents.Measurement(
                        "benefit-1", "m-1", LocalDate.of(2019, 3, 31), new BigDecimal("35.0"), null)),
                List.of());
        ImportFile file = file(
                sheet(
                        ImportSheet.STATUSES,
                        row(3, "Action ref", "1.1", "Effective date", "2019-03-31", "Status", "on target")),
                sheet(
                        ImportSheet.MEASUREMENTS,
                        row(3, "Benefit ref", "B1", "Effective date", "2019-03-31", "Value", "35", "Source", "Records"),
                        row(4, "Benefit ref", "B1", "Effective date", "2019-03-31", "Value", "36", "Source", "Records"),
                        row(
                                5,
                                "Benefit ref",
                                "B1",
                                "Effective date",
                                "2019-06-30",
                                "Value",
                                "40",
                                "Source",
                                "Records")));

        PlanImport result = PlanImport.of(file, plan, TODAY);

        assertThat(result.rows())
                .extracting(PlanImport.Row::outcome)
                .containsExactly(
                        PlanImport.Outcome.UNCHANGED,
                        PlanImport.Outcome.UNCHANGED,
                        PlanImport.Outcome.PROBLEM,
                        PlanImport.Outcome.CREATE);
        assertThat(result.problems().get(0).message())
                .startsWith("a different measurement is already recorded for 31 March 2019");
        assertThat(result.steps())
                .extracting(PlanImport.Step::command)
                .singleElement()
                .isInstanceOf(RecordMeasurement.class);
        assertThat(result.steps()).noneMatch(step -> step.command() instanceof ChangeActionStatus);
    }

    private static ImportFile file(SheetData... sheets) {
        return new ImportFile(List.of(sheets), List.of(), List.of());
    }

    private static SheetData sheet(ImportSheet sheet, SheetRow... rows) {
        return new SheetData(sheet, List.of(rows));
    }

    /** A row of text cells: header, text, header, text... */
    private static SheetRow row(int number, String... headersAndTexts) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<String> pairs = new ArrayList<>(List.of(headersAndTexts));
        for (int i = 0; i < pairs.size(); i += 2) {
            cells.put(pairs.get(i), new Cell(pairs.get(i + 1), null, null));
        }
        return new SheetRow(number, cells);
    }
}
