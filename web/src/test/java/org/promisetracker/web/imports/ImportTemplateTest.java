package org.promisetracker.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.promisetracker.web.imports.Workbooks.bytes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;

class ImportTemplateTest {

    @Test
    void givenTheTemplate_whenOpened_thenItHasTheSixSheetsInOrderWithExactlyTheirHeadersAndNotes() throws IOException {
        try (XSSFWorkbook template = open()) {
            assertThat(IntStream.range(0, template.getNumberOfSheets()).mapToObj(template::getSheetName))
                    .containsExactly("Areas", "Actions", "Benefits", "Statuses", "Measurements", "RAG");
            assertThat(texts(template.getSheet("Areas").getRow(0))).containsExactly("Number", "Title");
            assertThat(texts(template.getSheet("Actions").getRow(0)))
                    .containsExactly(
                            "Ref",
                            "Area",
                            "Title",
                            "Lead officer",
                            "Due date",
                            "Outcome measures",
                            "Foundations",
                            "Phase");
            assertThat(texts(template.getSheet("Benefits").getRow(0)))
                    .containsExactly(
                            "Ref",
                            "Title",
                            "Type",
                            "Measure",
                            "Collection method",
                            "Unit",
                            "Direction",
                            "Baseline value",
                            "Baseline evidence",
                            "Baseline date",
                            "Target value",
                            "Target date",
                            "Actions");
            assertThat(texts(template.getSheet("Statuses").getRow(0)))
                    .containsExactly("Action ref", "Effective date", "Status", "Comment");
            assertThat(texts(template.getSheet("Measurements").getRow(0)))
                    .containsExactly("Benefit ref", "Effective date", "Value", "Evidence", "Source");
            assertThat(texts(template.getSheet("RAG").getRow(0)))
                    .containsExactly("Benefit ref", "Effective date", "RAG", "Rationale");
            for (ImportSheet sheet : ImportSheet.values()) {
                Sheet page = template.getSheet(sheet.title());
                assertThat(texts(page.getRow(1)))
                        .as("notes of %s", sheet)
                        .containsExactlyElementsOf(
                                sheet.columns().stream().map(ImportColumn::note).toList());
                assertThat(page.getRow(0).getCell(0).getCellStyle().getFontIndex())
                        .satisfies(font ->
                                assertThat(template.getFontAt(font).getBold()).isTrue());
                CellStyle note = page.getRow(1).getCell(0).getCellStyle();
                assertThat(note.getWrapText()).isTrue();
                assertThat(template.getFontAt(note.getFontIndex()).getItalic()).isTrue();
                assertThat(page.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) 2);
            }
        }
    }

    @Test
    void givenTheColumns_whenListed_thenTheRequiredOnesAreThoseTheImportNeeds() {
        Map<ImportSheet, List<String>> required = Arrays.stream(ImportSheet.values())
                .collect(Collectors.toMap(
                        sheet -> sheet,
                        sheet -> sheet.columns().stream()
                                .filter(ImportColumn::required)
                                .map(ImportColumn::header)
                                .toList()));

        assertThat(required)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        ImportSheet.AREAS, List.of("Number", "Title"),
                        ImportSheet.ACTIONS, List.of("Ref", "Area", "Title", "Lead officer"),
                        ImportSheet.BENEFITS,
                                List.of("Ref", "Title", "Type", "Measure", "Collection method", "Actions"),
                        ImportSheet.STATUSES, List.of("Action ref", "Effective date", "Status"),
                        ImportSheet.MEASUREMENTS, List.of("Benefit ref", "Effective date", "Source"),
                        ImportSheet.RAG, List.of("Benefit ref", "Effective date", "RAG")));
        for (ImportSheet sheet : ImportSheet.values()) {
            for (ImportColumn column : sheet.columns()) {
                assertThat(column.note().startsWith("Required. "))
                        .as(column.header())
                        .isEqualTo(column.required());
            }
        }
    }

    @Test
    void givenTheNotes_whenRead_thenTheyListTheValuesTheServiceTakes() {
        assertThat(note(ImportSheet.STATUSES, "Status"))
                .isEqualTo("Required. NOT_STARTED, ON_TARGET, PROGRESSING, COMPLETED or SUPERSEDED.");
        assertThat(note(ImportSheet.STATUSES, "Status"))
                .contains(Arrays.stream(ActionStatus.values()).map(Enum::name).toList());
        assertThat(note(ImportSheet.ACTIONS, "Foundations"))
                .contains(Arrays.stream(Foundation.values()).map(Enum::name).toList())
                .contains("separated by commas");
        assertThat(note(ImportSheet.BENEFITS, "Type"))
                .contains(Arrays.stream(BenefitType.values()).map(Enum::name).toList());
        assertThat(note(ImportSheet.BENEFITS, "Direction"))
                .contains(Arrays.stream(Direction.values()).map(Enum::name).toList());
        assertThat(note(ImportSheet.RAG, "RAG")).isEqualTo("Required. GREEN, AMBER or RED.");
        assertThat(note(ImportSheet.ACTIONS, "Due date")).isEqualTo("A date, or text as 2023-03-31.");
        assertThat(note(ImportSheet.ACTIONS, "Area")).contains("number");
        assertThat(note(ImportSheet.ACTIONS, "Ref")).contains("20 characters");
        assertThat(note(ImportSheet.ACTIONS, "Title")).contains("2,000 characters");
        assertThat(note(ImportSheet.ACTIONS, "Lead officer")).contains("300 characters", "not a person's name");
        assertThat(note(ImportSheet.BENEFITS, "Actions")).contains("separated by commas");
        assertThat(note(ImportSheet.STATUSES, "Comment")).contains("4,000 characters");
        assertThat(note(ImportSheet.MEASUREMENTS, "Evidence")).contains("4,000 characters");
        assertThat(note(ImportSheet.RAG, "Rationale")).contains("4,000 characters");
    }

    @Test
    void givenNamesAndHeadersAsPeopleTypeThem_whenLookedUp_thenTheyMatchLoosely() {
        assertThat(ImportSheet.named("rag")).contains(ImportSheet.RAG);
        assertThat(ImportSheet.named("RAG")).contains(ImportSheet.RAG);
        assertThat(ImportSheet.named("  measurements\u00A0")).contains(ImportSheet.MEASUREMENTS);
        assertThat(ImportSheet.named("Action")).isEmpty();
        assertThat(ImportSheet.ACTIONS.column(" lead \t OFFICER "))
                .map(ImportColumn::header)
                .contains("Lead officer");
        assertThat(ImportSheet.ACTIONS.column("Leadofficer")).isEmpty();
        assertThat(ImportSheet.BENEFITS.column("collection   method"))
                .map(ImportColumn::header)
                .contains("Collection method");
    }

    @Test
    void givenTheTemplate_whenOpened_thenStatusRagTypeAndDirectionHaveDropDownsOverTheFirstThousandRows()
            throws IOException {
        try (XSSFWorkbook template = open()) {
            assertThat(dropDown(template, "Statuses", 2))
                    .containsExactly("NOT_STARTED", "ON_TARGET", "PROGRESSING", "COMPLETED", "SUPERSEDED");
            assertThat(dropDown(template, "RAG", 2)).containsExactly("GREEN", "AMBER", "RED");
            assertThat(dropDown(template, "Benefits", 2)).containsExactly("QUALITATIVE", "QUANTITATIVE", "CASHABLE");
            assertThat(dropDown(template, "Benefits", 6)).containsExactly("HIGHER_IS_BETTER", "LOWER_IS_BETTER");
            DataValidation status = validation(template, "Statuses", 2);
            assertThat(status.getRegions().getCellRangeAddresses())
                    .containsExactly(new CellRangeAddress(2, 1001, 2, 2));
            assertThat(status.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(template.getSheet("Actions").getDataValidations()).isEmpty();
        }
    }

    @Test
    void givenTheTemplate_whenOpened_thenDateColumnsAreDatesAndRefsTextForTheFirstThousandRows() throws IOException {
        try (XSSFWorkbook template = open()) {
            Sheet actions = template.getSheet("Actions");
            for (int row : new int[] {2, 1001}) {
                assertThat(actions.getRow(row).getCell(4).getCellStyle().getDataFormatString())
                        .isEqualTo("yyyy-mm-dd");
                assertThat(actions.getRow(row).getCell(0).getCellStyle().getDataFormatString())
                        .isEqualTo("@");
            }
            assertThat(actions.getRow(1002)).isNull();
            assertThat(template.getSheet("Benefits")
                            .getRow(2)
                            .getCell(9)
                            .getCellStyle()
                            .getDataFormatString())
                    .isEqualTo("yyyy-mm-dd");
            assertThat(template.getSheet("RAG")
                            .getRow(2)
                            .getCell(1)
                            .getCellStyle()
                            .getDataFormatString())
                    .isEqualTo("yyyy-mm-dd");
            assertThat(actions.getColumnWidth(2)).isGreaterThan(actions.getColumnWidth(1));
        }
    }

    @Test
    void givenTheEmptyTemplate_whenRead_thenItHasSixEmptySheetsAndNothingToSay() {
        ImportFile read = SpreadsheetReader.read(ImportTemplate.xlsx(), null);

        assertThat(read.sheets()).extracting(SheetData::sheet).containsExactly(ImportSheet.values());
        assertThat(read.sheets()).allSatisfy(sheet -> assertThat(sheet.rows()).isEmpty());
        assertThat(read.problems()).isEmpty();
        assertThat(read.notices()).isEmpty();
    }

    @Test
    void givenTheTemplateFilledIn_whenRead_thenItsRowsReadBackFromRowThree() throws IOException {
        byte[] filled;
        try (XSSFWorkbook template = open()) {
            Sheet areas = template.getSheet("Areas");
            areas.createRow(2).createCell(0).setCellValue(1);
            areas.getRow(2).createCell(1).setCellValue("Voice of children in care");
            Sheet actions = template.getSheet("Actions");
            Row first = actions.getRow(2);
            first.getCell(0).setCellValue("1.1");
            first.createCell(1).setCellValue(1);
            first.createCell(2).setCellValue("Set up a children in care council");
            first.createCell(3).setCellValue("Head of participation");
            first.getCell(4).setCellValue(LocalDate.of(2025, 3, 31));
            first.createCell(6).setCellValue("VOICE, CARE");
            Row second = actions.getRow(3);
            second.getCell(0).setCellValue("1.10");
            second.createCell(2).setCellValue("Answer every letter within 20 working days");
            second.createCell(3).setCellValue("Director of children's services");
            second.getCell(4).setCellValue("2025-06-30");
            actions.addMergedRegion(CellRangeAddress.valueOf("B3:B4"));
            filled = bytes(template);
        }

        ImportFile read = SpreadsheetReader.read(filled, null);

        assertThat(read.problems()).isEmpty();
        assertThat(read.notices())
                .extracting(ImportProblem::message)
                .containsExactly(
                        "Merged cells on the sheet Actions (B3:B4) are read as if each of their cells held what"
                                + " the first one holds.");
        SheetData areas = read.sheets().get(0);
        assertThat(areas.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.cell("Number").text()).isEqualTo("1");
        });
        List<SheetRow> actions = read.sheets().get(1).rows();
        assertThat(actions).extracting(SheetRow::number).containsExactly(3, 4);
        assertThat(actions.get(0).cells())
                .containsExactly(
                        Map.entry("Ref", new Cell("1.1", null, null)),
                        Map.entry("Area", new Cell("1", BigDecimal.ONE, null)),
                        Map.entry("Title", new Cell("Set up a children in care council", null, null)),
                        Map.entry("Lead officer", new Cell("Head of participation", null, null)),
                        Map.entry(
                                "Due date", new Cell("2025-03-31", new BigDecimal("45747"), LocalDate.of(2025, 3, 31))),
                        Map.entry("Foundations", new Cell("VOICE, CARE", null, null)));
        assertThat(actions.get(1).cell("Ref").text()).isEqualTo("1.10");
        assertThat(actions.get(1).cell("Area").text()).isEqualTo("1");
        assertThat(actions.get(1).cell("Due date")).isEqualTo(new Cell("2025-06-30", null, null));
        assertThat(read.sheets().subList(2, 6))
                .allSatisfy(sheet -> assertThat(sheet.rows()).isEmpty());
    }

    private static XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(ImportTemplate.xlsx()));
    }

    private static List<String> texts(Row row) {
        return IntStream.range(0, row.getLastCellNum())
                .mapToObj(i -> row.getCell(i).getStringCellValue())
                .toList();
    }

    private static String note(ImportSheet sheet, String header) {
        return sheet.column(header).orElseThrow().note();
    }

    private static DataValidation validation(XSSFWorkbook template, String sheet, int column) {
        return template.getSheet(sheet).getDataValidations().stream()
                .filter(validation -> Arrays.stream(validation.getRegions().getCellRangeAddresses())
                        .anyMatch(region -> region.getFirstColumn() == column))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no drop-down in column " + column + " of " + sheet));
    }

    private static List<String> dropDown(XSSFWorkbook template, String sheet, int column) {
        return List.of(
                validation(template, sheet, column).getValidationConstraint().getExplicitListValues());
    }
}
