package org.promisetracker.app.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.promisetracker.app.support.Workbooks;

/**
 * Seed 003's action plan (South Lanarkshire's Corporate Parenting Strategy and Action Plan 2018-2020)
 * as a council officer would type it into the import template: its four core commitments and eight
 * actions with their lead officers and timescales, commitment 3's number merged down its actions as
 * in the council's own table, and one benefit with its history, whose figures are illustrative.
 */
public final class Seed003Workbook {

    /** Seed 003, section 2.3 and the action plan: the four core commitments. */
    public static final List<String> COMMITMENTS = List.of(
            "Corporate Parents will provide a range of opportunities to listen and respond to the voices of children and families/carers",
            "Sustain children with their families and within the community",
            "Promote and support the health and wellbeing needs",
            "Young people's rights to continuing care and aftercare will be respected and protected");

    /** Ref, commitment, action, lead officer, timescale (the month's last day), as in seed 003. */
    public static final List<Object[]> ACTIONS = List.of(
            new Object[] {
                "1.1",
                1,
                "Close the gap between care experienced children and young people's views and how and which services are provided",
                "Service Manager (Children and Justice)",
                LocalDate.of(2019, 8, 31)
            },
            new Object[] {
                "1.2",
                1,
                "Provide regular briefings, to all partners and at all levels, to raise awareness of our corporate parenting responsibilities",
                "All members of Corporate Parenting Sub Group",
                LocalDate.of(2020, 7, 31)
            },
            new Object[] {
                "2.1",
                2,
                "Enhance the services and intervention methods to support a reduction in children being looked after outwith their family",
                "Service Manager (Children and Justice)",
                LocalDate.of(2020, 7, 31)
            },
            new Object[] {
                "2.2",
                2,
                "All children and young people at high risk of involvement in offending behaviour will be subject to multi-agency Care and Risk Management Procedures",
                "Service Manager (Children and Justice)",
                LocalDate.of(2020, 7, 31)
            },
            new Object[] {
                "3.1",
                3,
                "Improve the timescales for reporting and responding to the health needs",
                "Nurse Director",
                LocalDate.of(2019, 7, 31)
            },
            new Object[] {
                "3.2",
                3,
                "Improve the attainment, attendance and school leaver destinations for all school aged children",
                "Quality Improvement Officer: Inclusion",
                LocalDate.of(2019, 8, 31)
            },
            new Object[] {
                "4.1",
                4,
                "Support young people to remain in their existing placement until ready to move on",
                "Service Manager (Children and Justice)",
                LocalDate.of(2020, 7, 31)
            },
            new Object[] {
                "4.2",
                4,
                "Young people with complex needs / risks will have access to intensive throughcare and aftercare support",
                "Service Manager (Children and Justice)",
                LocalDate.of(2020, 7, 31)
            });

    private Seed003Workbook() {}

    /** The workbook: the plan, and with {@code withHistory} two statuses, three measurements and an assessment. */
    public static byte[] of(boolean withHistory) throws IOException {
        return workbook(new ArrayList<>(ACTIONS.stream().map(Object[]::clone).toList()), withHistory);
    }

    /** The workbook without history, its actions changed first (ref, commitment, title, lead officer, due date). */
    public static byte[] with(Consumer<List<Object[]>> change) throws IOException {
        List<Object[]> actions =
                new ArrayList<>(ACTIONS.stream().map(Object[]::clone).toList());
        change.accept(actions);
        return workbook(actions, false);
    }

    private static byte[] workbook(List<Object[]> actions, boolean withHistory) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            Sheet areas = Workbooks.sheet(book, "Areas", "Number", "Title");
            for (int i = 0; i < COMMITMENTS.size(); i++) {
                Workbooks.row(areas, date, i + 1, COMMITMENTS.get(i));
            }
            Sheet sheet = Workbooks.sheet(book, "Actions", "Ref", "Area", "Title", "Lead officer", "Due date");
            for (Object[] action : actions) {
                Workbooks.row(sheet, date, action);
            }
            // as in the council's own table: commitment 3's number merged down its two actions
            if (actions.get(4)[1].equals(actions.get(5)[1])) {
                sheet.addMergedRegion(new CellRangeAddress(5, 6, 1, 1));
                sheet.getRow(6).removeCell(sheet.getRow(6).getCell(1));
            }
            Sheet benefits = Workbooks.sheet(
                    book,
                    "Benefits",
                    "Ref",
                    "Title",
                    "Type",
                    "Measure",
                    "Collection method",
                    "Unit",
                    "Direction",
                    "Baseline value",
                    "Baseline date",
                    "Target value",
                    "Target date",
                    "Actions");
            Workbooks.row(
                    benefits,
                    date,
                    "B4.2",
                    "Care leavers with a single point of contact for aftercare (illustrative)",
                    "Quantitative",
                    "Percentage of care leavers with a named aftercare contact",
                    "Quarterly count from the throughcare team",
                    "%",
                    "higher is better",
                    40,
                    LocalDate.of(2018, 9, 30),
                    90,
                    LocalDate.of(2020, 7, 31),
                    "4.2, 4.1");
            if (withHistory) {
                Sheet statuses = Workbooks.sheet(book, "Statuses", "Action ref", "Effective date", "Status", "Comment");
                Workbooks.row(
                        statuses,
                        date,
                        "1.1",
                        LocalDate.of(2019, 3, 31),
                        "ON_TARGET",
                        "Champions Board established (illustrative)");
                Workbooks.row(statuses, date, "4.2", LocalDate.of(2019, 3, 31), "progressing", null);
                Sheet measurements =
                        Workbooks.sheet(book, "Measurements", "Benefit ref", "Effective date", "Value", "Source");
                Workbooks.row(
                        measurements, date, "B4.2", LocalDate.of(2018, 12, 31), 48, "Throughcare team (illustrative)");
                Workbooks.row(
                        measurements, date, "B4.2", LocalDate.of(2019, 3, 31), 55, "Throughcare team (illustrative)");
                Workbooks.row(measurements, date, "B4.2", "2019-06-30", "61.5", "Throughcare team (illustrative)");
                Sheet rag = Workbooks.sheet(book, "RAG", "Benefit ref", "Effective date", "RAG", "Rationale");
                Workbooks.row(
                        rag,
                        date,
                        "B4.2",
                        LocalDate.of(2019, 6, 30),
                        "Amber",
                        "Rising, but short of 90% (illustrative)");
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
