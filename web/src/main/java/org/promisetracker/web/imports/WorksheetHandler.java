package org.promisetracker.web.imports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part row by row into a {@link SheetBuilder}, keeping nothing of a row once
 * the builder has it, and stopping as soon as the sheet has more rows than an import takes.
 * Formulas are never worked out: the result Excel saved with the file is read, and a formula
 * without one, or whose result is an error, is a fault of its cell.
 */
final class WorksheetHandler extends DefaultHandler {

    /** Excel shows at most 15 significant digits; a number read with more is not what it shows. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private static final Pattern ERROR = Pattern.compile("#[A-Z0-9/_]{1,20}[!?]?");

    private static final int MAX_ROW = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

    /** Thrown to end the parse early, once the builder has all it takes. */
    static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    private final SheetBuilder builder;
    private final SharedStrings strings;
    private final DateStyles styles;
    private final boolean date1904;
    private final List<int[]> hiddenColumns = new ArrayList<>();

    private boolean inData;
    private int rowNumber;
    private boolean rowHidden;
    private Map<Integer, Cell> cells = new HashMap<>();
    private Map<Integer, String> faults = new HashMap<>();

    private int column;
    private String type;
    private int style;
    private boolean inCell;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean inValue;
    private boolean inInline;
    private boolean inText;
    private int phonetic;
    private final StringBuilder value = new StringBuilder();

    WorksheetHandler(SheetBuilder builder, SharedStrings strings, DateStyles styles, boolean date1904) {
        this.builder = builder;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!Xml.MAIN.equals(uri)) {
            return;
        }
        switch (localName) {
            case "sheetData" -> inData = true;
            case "row" -> {
                if (inData) {
                    startRow(attributes);
                }
            }
            case "c" -> {
                if (inData) {
                    startCell(attributes);
                }
            }
            case "v" -> {
                if (inCell) {
                    inValue = true;
                    hasValue = true;
                }
            }
            case "f" -> hasFormula |= inCell;
            case "is" -> inInline = inCell;
            case "rPh" -> phonetic++;
            case "t" -> inText = inInline && phonetic == 0;
            case "col" -> {
                if (Xml.isTrue(attributes.getValue("hidden"))) {
                    Integer min = WorkbookReader.number(attributes.getValue("min"));
                    Integer max = WorkbookReader.number(attributes.getValue("max"));
                    if (min != null && max != null) {
                        hiddenColumns.add(new int[] {min - 1, max - 1});
                    }
                }
            }
            case "mergeCell" -> merge(attributes.getValue("ref"));
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!Xml.MAIN.equals(uri)) {
            return;
        }
        switch (localName) {
            case "sheetData" -> inData = false;
            case "row" -> {
                if (inData && !builder.row(rowNumber, rowHidden, cells, faults)) {
                    throw new Enough();
                }
            }
            case "c" -> {
                if (inCell) {
                    endCell();
                }
            }
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inText) {
            WorkbookReader.append(value, ch, start, length);
        }
    }

    @Override
    public void endDocument() {
        List<int[]> ranges = List.copyOf(hiddenColumns);
        builder.hiddenColumns(index -> ranges.stream().anyMatch(range -> index >= range[0] && index <= range[1]));
    }

    private void startRow(Attributes attributes) {
        String r = attributes.getValue("r");
        int number = r == null ? rowNumber + 1 : WorkbookReader.numberOr(r, -1);
        if (number <= rowNumber || number > MAX_ROW) {
            throw WorkbookReader.damaged("its rows are out of order");
        }
        rowNumber = number;
        rowHidden = Xml.isTrue(attributes.getValue("hidden"));
        cells = new HashMap<>();
        faults = new HashMap<>();
        column = -1;
    }

    private void startCell(Attributes attributes) {
        String r = attributes.getValue("r");
        column = r == null ? column + 1 : column(r);
        type = attributes.getValue("t");
        Integer s = WorkbookReader.number(attributes.getValue("s"));
        style = s == null ? -1 : s;
        inCell = true;
        hasFormula = false;
        hasValue = false;
        value.setLength(0);
    }

    private void endCell() {
        inCell = false;
        String text = value.toString();
        Cell cell = Cell.EMPTY;
        String fault = null;
        switch (type == null ? "n" : type) {
            case "n" ->
                cell = hasValue && !text.isBlank() ? number(text, styles != null && styles.isDate(style)) : cell;
            case "s" -> cell = hasValue ? Cell.text(shared(text)) : cell;
            case "inlineStr", "str" -> cell = Cell.text(Xml.unescape(text));
            case "b" ->
                cell = hasValue && !text.isBlank()
                        ? new Cell(Xml.isTrue(text.strip()) ? "TRUE" : "FALSE", null, null)
                        : cell;
            case "e" ->
                fault = (hasFormula ? "holds a formula whose result is an error" : "holds an error")
                        + error(text.strip()) + "; type the value instead";
            case "d" -> cell = hasValue && !text.isBlank() ? isoDate(text.strip()) : cell;
            default -> throw WorkbookReader.damaged("a cell is of an unknown type");
        }
        if (hasFormula && !hasValue && fault == null && !"inlineStr".equals(type)) {
            fault = "holds a formula with no saved result; type the value instead, or open the file in Excel and"
                    + " save it again";
        }
        if (fault != null) {
            faults.put(column, fault);
        } else if (!cell.isEmpty()) {
            cells.put(column, cell);
        }
    }

    /** " (#DIV/0!)": Excel's name for the error, when it is one; nothing else from the file. */
    private static String error(String text) {
        return ERROR.matcher(text).matches() ? " (" + text + ")" : "";
    }

    private String shared(String index) {
        if (strings == null) {
            throw WorkbookReader.damaged("a cell refers to a table of texts that is not there");
        }
        return strings.get(WorkbookReader.numberOr(index.strip(), -1));
    }

    private Cell number(String text, boolean dateStyle) {
        double number;
        try {
            number = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw WorkbookReader.damaged("a number cell holds something else");
        }
        if (!Double.isFinite(number)) {
            throw WorkbookReader.damaged("a number cell holds something else");
        }
        BigDecimal decimal = BigDecimal.valueOf(number).round(EXCEL_DIGITS).stripTrailingZeros();
        if (decimal.scale() < 0) {
            decimal = decimal.setScale(0);
        }
        // a date format on a number under 1 shows a time of day, which is no date
        if (dateStyle && number >= 1 && DateUtil.isValidExcelDate(number)) {
            LocalDate date = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
            return new Cell(date.toString(), decimal, date);
        }
        return new Cell(decimal.toPlainString(), decimal, null);
    }

    private static Cell isoDate(String text) {
        try {
            LocalDate date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            return new Cell(date.toString(), null, date);
        } catch (DateTimeParseException e) {
            throw WorkbookReader.damaged("a date cell holds something else");
        }
    }

    private void merge(String ref) {
        if (ref == null) {
            return;
        }
        CellRangeAddress region;
        try {
            region = CellRangeAddress.valueOf(ref);
        } catch (IllegalArgumentException e) {
            throw WorkbookReader.damaged("a merged region is not a range of cells");
        }
        if (region.getFirstRow() < 0
                || region.getFirstColumn() < 0
                || region.getLastRow() < region.getFirstRow()
                || region.getLastColumn() < region.getFirstColumn()) {
            throw WorkbookReader.damaged("a merged region is not a range of cells");
        }
        builder.merge(region);
    }

    /** The column of a reference such as AB12: 27. */
    private static int column(String ref) {
        int column = 0;
        int at = 0;
        while (at < ref.length() && at < 4) {
            char c = Character.toUpperCase(ref.charAt(at));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            at++;
        }
        if (at == 0 || column - 1 > MAX_COLUMN) {
            throw WorkbookReader.damaged("a cell has a reference that is not a cell's");
        }
        return column - 1;
    }
}
