package org.promisetracker.web.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.view.BenefitDetail;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindBenefit;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.words.Formats;
import org.promisetracker.web.words.Show;
import org.promisetracker.web.words.Words;
import org.springframework.stereotype.Component;

/**
 * A plan's view as tables to sort, filter and chart: one sheet per table, dates as date cells and
 * figures as numbers (never text, so a spreadsheet adds them up), each header row bold, frozen and
 * filterable. Words, as on the pages, for statuses and RAG.
 */
@Component
class ExcelTables {

    private static final String DATE = "d mmmm yyyy";
    private static final String INSTANT = "d mmmm yyyy hh:mm:ss";

    private final Show show;
    private final Queries queries;
    private final Clock clock;

    ExcelTables(Show show, Queries queries, Clock clock) {
        this.show = show;
        this.queries = queries;
        this.clock = clock;
    }

    byte[] write(Paper paper, PlanDashboard dashboard) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            workbook.getProperties().getCoreProperties().setTitle(paper.documentTitle());
            workbook.getProperties().getCoreProperties().setDescription(paper.notice() + ". " + paper.stamp() + ".");
            summary(workbook.createSheet("Summary"), styles, paper);
            table(workbook.createSheet("Actions"), styles, paper, actionColumns(), actionRows(dashboard));
            table(workbook.createSheet("Benefits"), styles, paper, benefitColumns(), benefitRows(dashboard));
            table(
                    workbook.createSheet("Measurements"),
                    styles,
                    paper,
                    measurementColumns(),
                    measurementRows(dashboard));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Column(String name, int width) {}

    private static List<Column> actionColumns() {
        return columns("Area 6 | Area title 40 | Ref 6 | Action 50 | Lead officer 30 | Due date 16 | "
                + "Status 14 | Status date 16 | Overdue 9 | Latest note 40 | Note date 16");
    }

    private List<List<Object>> actionRows(PlanDashboard dashboard) {
        return rows(
                dashboard,
                PlanDashboard.Area::actions,
                (area, action) -> Arrays.asList(
                        area.number(),
                        area.title(),
                        action.ref(),
                        action.title(),
                        action.leadOfficer(),
                        action.dueDate(),
                        show.status(action.status()),
                        action.statusDate(),
                        action.overdue() ? "Overdue" : "No",
                        action.latestNote() == null ? null : action.latestNote().text(),
                        action.latestNote() == null ? null : action.latestNote().effectiveDate()));
    }

    private static List<Column> benefitColumns() {
        return columns("Area 6 | Benefit 50 | Type 14 | Unit 10 | Direction 16 | RAG 13 | RAG date 16 | "
                + "Latest value 12 | Latest evidence 30 | Latest date 16 | Previous value 12 | "
                + "Previous evidence 30 | Previous date 16 | Baseline value 12 | Baseline evidence 30 | "
                + "Baseline date 16 | Target value 12 | Target date 16 | Trend 13");
    }

    private List<List<Object>> benefitRows(PlanDashboard dashboard) {
        return rows(dashboard, PlanDashboard.Area::benefits, (area, benefit) -> {
            BenefitView.Measurement latest = benefit.latestMeasurement();
            BenefitView.Measurement previous = benefit.previousMeasurement();
            return Arrays.asList(
                    area.number(),
                    benefit.title(),
                    show.type(benefit.type()),
                    Formats.unitOf(benefit.type(), benefit.unit()),
                    Words.direction(benefit.direction()),
                    show.rag(benefit.rag()),
                    benefit.ragDate(),
                    latest == null ? null : latest.value(),
                    latest == null ? null : latest.evidence(),
                    latest == null ? null : latest.effectiveDate(),
                    previous == null ? null : previous.value(),
                    previous == null ? null : previous.evidence(),
                    previous == null ? null : previous.effectiveDate(),
                    benefit.baseline() == null ? null : benefit.baseline().value(),
                    benefit.baseline() == null ? null : benefit.baseline().evidence(),
                    benefit.baseline() == null ? null : benefit.baseline().date(),
                    benefit.target() == null ? null : benefit.target().value(),
                    benefit.target() == null ? null : benefit.target().date(),
                    show.trend(benefit.trend()));
        });
    }

    /** One row per item of every area, in plan order. */
    private static <T> List<List<Object>> rows(
            PlanDashboard dashboard,
            Function<PlanDashboard.Area, List<T>> items,
            BiFunction<PlanDashboard.Area, T, List<Object>> row) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanDashboard.Area area : dashboard.areas()) {
            for (T item : items.apply(area)) {
                rows.add(row.apply(area, item));
            }
        }
        return rows;
    }

    private static List<Column> measurementColumns() {
        return columns("Area 6 | Benefit 50 | Type 14 | Unit 10 | Effective date 16 | Value 12 | Evidence 40 | "
                + "Source 30 | Corrected 10");
    }

    /**
     * Every measurement of each benefit as known at the view's instant, up to its date: the history
     * the latest and previous figures come from, corrections applied.
     */
    private List<List<Object>> measurementRows(PlanDashboard dashboard) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanDashboard.Area area : dashboard.areas()) {
            for (BenefitView benefit : area.benefits()) {
                BenefitDetail detail = queries.one(
                        new FindBenefit(benefit.benefitId(), dashboard.asAt(), dashboard.knownAt()),
                        BenefitDetail.class,
                        "There is no benefit " + benefit.benefitId() + ".");
                for (BenefitDetail.Measurement measurement : detail.measurements()) {
                    if (measurement.effectiveDate().isAfter(dashboard.asAt())) {
                        continue;
                    }
                    rows.add(Arrays.asList(
                            area.number(),
                            benefit.title(),
                            show.type(benefit.type()),
                            Formats.unitOf(benefit.type(), benefit.unit()),
                            measurement.effectiveDate(),
                            measurement.value(),
                            measurement.evidence(),
                            measurement.source(),
                            measurement.corrected() ? "Corrected" : "No"));
                }
            }
        }
        return rows;
    }

    private void summary(Sheet sheet, Styles styles, Paper paper) {
        stamp(sheet, paper);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 10 * 256);
        int at = 0;
        at = pair(sheet, styles, at, "Not a published report", paper.stamp() + ".");
        at = pair(sheet, styles, at, "Plan", paper.planTitle());
        at = pair(sheet, styles, at, "Organisation", paper.organisation());
        at = pair(sheet, styles, at, "As at", paper.asAt());
        at = pair(sheet, styles, at, "Known at", paper.knownAt());
        at = pair(sheet, styles, at, "Narrative", paper.summary().narrative());
        at++;
        Row header = sheet.createRow(at++);
        List<String> names = List.of("Counted", "Value", "Number");
        for (int i = 0; i < names.size(); i++) {
            cell(header, i, names.get(i), styles).setCellStyle(styles.bold);
        }
        for (Map.Entry<ActionStatus, Integer> entry :
                paper.summary().actions().byStatus().entrySet()) {
            at = count(sheet, styles, at, "Actions by status", show.status(entry.getKey()), entry.getValue());
        }
        at = count(
                sheet, styles, at, "Actions", "Total", paper.summary().actions().total());
        for (Map.Entry<BenefitType, Integer> entry :
                paper.summary().benefits().byType().entrySet()) {
            at = count(sheet, styles, at, "Benefits by type", show.type(entry.getKey()), entry.getValue());
        }
        for (Map.Entry<Rag, Integer> entry : paper.summary().benefits().byRag().entrySet()) {
            at = count(sheet, styles, at, "Benefits by RAG", show.rag(entry.getKey()), entry.getValue());
        }
        count(sheet, styles, at, "Benefits", "Total", paper.summary().benefits().total());
    }

    private int pair(Sheet sheet, Styles styles, int at, String label, Object value) {
        Row row = sheet.createRow(at);
        cell(row, 0, label, styles).setCellStyle(styles.bold);
        cell(row, 1, value, styles);
        return at + 1;
    }

    private int count(Sheet sheet, Styles styles, int at, String group, String label, int number) {
        Row row = sheet.createRow(at);
        cell(row, 0, group, styles);
        cell(row, 1, label, styles);
        cell(row, 2, number, styles);
        return at + 1;
    }

    private void table(Sheet sheet, Styles styles, Paper paper, List<Column> columns, List<List<Object>> rows) {
        stamp(sheet, paper);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            cell(header, i, columns.get(i).name(), styles).setCellStyle(styles.bold);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int i = 0; i < values.size(); i++) {
                cell(row, i, values.get(i), styles);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    /** On every printed page: what this is not, and what it is as at. */
    private static void stamp(Sheet sheet, Paper paper) {
        sheet.getHeader().setCenter(paper.notice());
        sheet.getFooter().setLeft(paper.stamp());
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** Text, a number, a date, an instant in the service's zone, or (null) an empty cell. */
    private Cell cell(Row row, int column, Object value, Styles styles) {
        Cell cell = row.createCell(column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof java.time.Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, clock.getZone()));
            cell.setCellStyle(styles.instant);
        }
        return cell;
    }

    /** "Area 6 | Ref 6 | Action 50": each column's name and its width in characters. */
    private static List<Column> columns(String spec) {
        return Arrays.stream(spec.split("\\|"))
                .map(String::strip)
                .map(column -> new Column(
                        column.substring(0, column.lastIndexOf(' ')),
                        Integer.parseInt(column.substring(column.lastIndexOf(' ') + 1))))
                .toList();
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle date;
        final CellStyle instant;

        Styles(XSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE));
            instant = workbook.createCellStyle();
            instant.setDataFormat(workbook.createDataFormat().getFormat(INSTANT));
        }
    }
}
