package org.promisetracker.web.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns one sheet's cells, as a workbook or CSV reader finds them row by row, into the template's
 * rows: row 1 matched to the template's headers, the notes row skipped, empty rows dropped, merged
 * cells filled in, and every oddity said in words. Both readers share it, so that a CSV file and
 * the same sheet in a workbook read alike.
 */
final class SheetBuilder {

    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int LISTED = 10;

    private final ImportSheet sheet;
    private final String where;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> notices = new ArrayList<>();

    /** The template's columns by their index in the sheet (0 for A), as row 1 places them. */
    private final Map<Integer, ImportColumn> columns = new TreeMap<>();

    private final Map<ImportColumn, List<Integer>> placed = new LinkedHashMap<>();
    private final Set<Integer> headed = new HashSet<>();

    /** Columns with data but no header, and the first row they hold it in. */
    private final Map<Integer, Integer> unheaded = new TreeMap<>();

    private final List<Pending> rows = new ArrayList<>();
    private final Set<Long> claimed = new HashSet<>();
    private final List<String> merged = new ArrayList<>();
    private int mergedCount;
    private boolean overlapping;

    private boolean headerRead;
    private boolean notesRow;
    private boolean anyData;
    private boolean overflow;
    private IntPredicate hiddenColumns = column -> false;

    SheetBuilder(ImportSheet sheet) {
        this.sheet = sheet;
        this.where = "the sheet " + sheet.title();
    }

    /**
     * The sheet's next row, with its non-empty cells by column index and the columns whose cell
     * cannot be read, each with what is wrong with it ("holds an error (#N/A)"). Rows come in
     * order; row 1 is the header. False once the sheet has more rows of data than an import takes:
     * the reader stops there, and the sheet's rows are dropped, so no more than that are ever kept.
     */
    boolean row(int number, boolean hidden, Map<Integer, Cell> cells, Map<Integer, String> faults) {
        if (overflow) {
            return false;
        }
        if (number == 1) {
            header(cells);
            return true;
        }
        if (!headerRead) {
            header(Map.of());
        }
        if (number == 2 && isNotesRow(cells)) {
            notesRow = true;
            return true;
        }
        Map<Integer, Cell> kept = new HashMap<>();
        Map<Integer, String> keptFaults = new HashMap<>();
        for (Map.Entry<Integer, Cell> cell : cells.entrySet()) {
            anyData = true;
            if (columns.containsKey(cell.getKey())) {
                kept.put(cell.getKey(), cell.getValue());
            } else if (!headed.contains(cell.getKey())) {
                unheaded.putIfAbsent(cell.getKey(), number);
            }
        }
        for (Map.Entry<Integer, String> fault : faults.entrySet()) {
            anyData = true;
            if (columns.containsKey(fault.getKey())) {
                keptFaults.put(fault.getKey(), fault.getValue());
            } else if (!headed.contains(fault.getKey())) {
                unheaded.putIfAbsent(fault.getKey(), number);
            }
        }
        if (kept.isEmpty() && keptFaults.isEmpty()) {
            return true;
        }
        if (rows.size() == SpreadsheetReader.MAX_ROWS) {
            overflow = true;
            rows.clear();
            return false;
        }
        rows.add(new Pending(number, hidden, kept, keptFaults));
        return true;
    }

    /** Which columns the workbook hides; asked only of the template's columns. */
    void hiddenColumns(IntPredicate hidden) {
        this.hiddenColumns = hidden;
    }

    /**
     * A merged region, once every row is in: each of its cells reads as its top-left cell, since
     * that is what Excel shows in all of them (council plans merge an area's number down the rows
     * of its actions). A row that holds nothing but the rest of a merged cell stays empty, and a
     * region that starts in the header or the notes row is left alone.
     */
    void merge(CellRangeAddress region) {
        if (overflow || overlapping) {
            return;
        }
        int top = region.getFirstRow() + 1;
        int bottom = region.getLastRow() + 1;
        if (top < firstDataRow()) {
            return;
        }
        List<Integer> within = columns.keySet().stream()
                .filter(column -> column >= region.getFirstColumn() && column <= region.getLastColumn())
                .toList();
        if (within.isEmpty()) {
            return;
        }
        Pending first = find(top);
        Cell value = first == null ? null : first.cells.get(region.getFirstColumn());
        boolean filled = false;
        for (int at = firstAtOrAfter(top); at < rows.size() && rows.get(at).number <= bottom; at++) {
            Pending row = rows.get(at);
            for (int column : within) {
                if (!claimed.add(((long) row.number << 16) | column)) {
                    overlapping = true;
                    problems.add(new ImportProblem(
                            sheet.title(),
                            0,
                            null,
                            "Merged cells " + region.formatAsString() + " on " + where
                                    + " overlap other merged cells; unmerge them and fill each cell in."));
                    return;
                }
                if (row == first && column == region.getFirstColumn()) {
                    continue;
                }
                filled |= fill(row, column, value);
            }
        }
        if (filled) {
            if (merged.size() < LISTED) {
                merged.add(region.formatAsString());
            }
            mergedCount++;
        }
    }

    /** The top-left cell's fault is said once, at the top-left cell. */
    private static boolean fill(Pending row, int column, Cell value) {
        row.faults.remove(column);
        if (value == null) {
            return row.cells.remove(column) != null;
        }
        row.cells.put(column, value);
        return true;
    }

    SheetResult build() {
        if (overflow) {
            return new SheetResult(
                    new SheetData(sheet, List.of()),
                    List.of(new ImportProblem(
                            sheet.title(),
                            0,
                            null,
                            "The sheet " + sheet.title() + " has more than "
                                    + String.format(Locale.UK, "%,d", SpreadsheetReader.MAX_ROWS)
                                    + " rows of data, more than one import takes; import them in parts of "
                                    + String.format(Locale.UK, "%,d", SpreadsheetReader.MAX_ROWS) + " rows or fewer.")),
                    notices,
                    false);
        }
        boolean usable = true;
        for (Map.Entry<ImportColumn, List<Integer>> entry : placed.entrySet()) {
            if (entry.getValue().size() > 1) {
                usable = false;
                problems.add(new ImportProblem(
                        sheet.title(),
                        1,
                        entry.getKey().header(),
                        "The sheet " + sheet.title() + " has more than one column headed "
                                + entry.getKey().header() + " (" + letters(entry.getValue())
                                + "); keep one and delete the others."));
            }
        }
        if (anyData) {
            for (ImportColumn column : sheet.columns()) {
                if (column.required() && !placed.containsKey(column)) {
                    usable = false;
                    problems.add(new ImportProblem(
                            sheet.title(),
                            1,
                            column.header(),
                            "The sheet " + sheet.title() + " has no column " + column.header()
                                    + ", which it needs; add it to row 1, spelt as in the template."));
                }
            }
        }
        for (Map.Entry<Integer, Integer> column : unheaded.entrySet()) {
            notices.add(new ImportProblem(
                    sheet.title(),
                    column.getValue(),
                    null,
                    "Column " + CellReference.convertNumToColString(column.getKey()) + " of " + where
                            + " has no header in row 1 but holds data (first in row " + column.getValue()
                            + "); it is ignored."));
        }
        if (!usable) {
            return new SheetResult(new SheetData(sheet, List.of()), problems, notices, false);
        }
        List<SheetRow> read = new ArrayList<>();
        List<Integer> hidden = new ArrayList<>();
        for (Pending row : rows) {
            for (Map.Entry<Integer, String> fault : new TreeMap<>(row.faults).entrySet()) {
                ImportColumn column = columns.get(fault.getKey());
                problems.add(new ImportProblem(
                        sheet.title(),
                        row.number,
                        column.header(),
                        "Cell " + CellReference.convertNumToColString(fault.getKey()) + row.number + " ("
                                + column.header() + ") of " + where + " " + fault.getValue() + "."));
            }
            if (row.cells.isEmpty() && row.faults.isEmpty()) {
                continue;
            }
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (ImportColumn column : sheet.columns()) {
                List<Integer> at = placed.get(column);
                Cell cell = at == null ? null : row.cells.get(at.get(0));
                if (cell != null && !cell.isEmpty()) {
                    cells.put(column.header(), cell);
                }
            }
            read.add(new SheetRow(row.number, cells));
            if (row.hidden) {
                hidden.add(row.number);
            }
        }
        notices(hidden);
        return new SheetResult(new SheetData(sheet, read), problems, notices, !anyData && problems.isEmpty());
    }

    private void notices(List<Integer> hidden) {
        if (!hidden.isEmpty()) {
            notices.add(new ImportProblem(
                    sheet.title(),
                    0,
                    null,
                    (hidden.size() == 1 ? "Row " : "Rows ") + spans(hidden) + " of " + where
                            + (hidden.size() == 1 ? " is hidden; it is" : " are hidden; they are")
                            + " imported like the others, so check what they hold."));
        }
        columns.forEach((index, column) -> {
            if (hiddenColumns.test(index)) {
                notices.add(new ImportProblem(
                        sheet.title(),
                        0,
                        column.header(),
                        "The column " + column.header() + " of " + where
                                + " is hidden; its cells are imported like the others, so check what they hold."));
            }
        });
        if (mergedCount > 0) {
            String more = mergedCount > merged.size() ? " and " + (mergedCount - merged.size()) + " more" : "";
            notices.add(new ImportProblem(
                    sheet.title(),
                    0,
                    null,
                    "Merged cells on " + where + " (" + String.join(", ", merged) + more
                            + ") are read as if each of their cells held what the first one holds."));
        }
    }

    private void header(Map<Integer, Cell> cells) {
        headerRead = true;
        new TreeMap<>(cells).forEach((index, cell) -> {
            if (cell.isEmpty()) {
                return;
            }
            headed.add(index);
            sheet.column(cell.text())
                    .ifPresentOrElse(
                            column -> {
                                if (!placed.containsKey(column)) {
                                    columns.put(index, column);
                                }
                                placed.computeIfAbsent(column, c -> new ArrayList<>())
                                        .add(index);
                            },
                            () -> notices.add(new ImportProblem(
                                    sheet.title(),
                                    1,
                                    cell.text(),
                                    "The column " + CellReference.convertNumToColString(index) + " of " + where
                                            + ", headed \"" + cell.text() + "\", is not in the template; its"
                                            + " cells are ignored.")));
        });
    }

    /**
     * The template's row 2 says what each column takes; a filled-in template keeps it, and a CSV
     * file saved from the template has it too. It is that row when most of its cells hold their
     * column's note, give or take case, spaces and punctuation.
     */
    private boolean isNotesRow(Map<Integer, Cell> cells) {
        int notes = 0;
        int others = 0;
        for (Map.Entry<Integer, Cell> cell : cells.entrySet()) {
            ImportColumn column = columns.get(cell.getKey());
            if (column == null) {
                continue;
            }
            if (words(column.note()).equals(words(cell.getValue().text()))) {
                notes++;
            } else {
                others++;
            }
        }
        return notes > 0 && notes >= others;
    }

    private static String words(String text) {
        return text == null
                ? ""
                : NOT_WORDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private int firstDataRow() {
        return notesRow ? 3 : 2;
    }

    private Pending find(int number) {
        int at = firstAtOrAfter(number);
        return at < rows.size() && rows.get(at).number == number ? rows.get(at) : null;
    }

    /** Rows are kept in order, so a merged region's rows are found by halving. */
    private int firstAtOrAfter(int number) {
        int low = 0;
        int high = rows.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (rows.get(middle).number < number) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** "columns B and F", "columns B, F and H". */
    private static String letters(List<Integer> indexes) {
        List<String> letters =
                indexes.stream().map(CellReference::convertNumToColString).toList();
        return "columns " + ImportColumn.listed(letters, "and");
    }

    /** "5, 8 to 10 and 12". */
    private static String spans(List<Integer> numbers) {
        List<String> spans = new ArrayList<>();
        int start = numbers.get(0);
        int end = start;
        for (int i = 1; i <= numbers.size(); i++) {
            if (i < numbers.size() && numbers.get(i) == end + 1) {
                end = numbers.get(i);
                continue;
            }
            spans.add(start == end ? Integer.toString(start) : start + " to " + end);
            if (i < numbers.size()) {
                start = numbers.get(i);
                end = start;
            }
        }
        return ImportColumn.listed(spans, "and");
    }

    private record Pending(int number, boolean hidden, Map<Integer, Cell> cells, Map<Integer, String> faults) {}
}
