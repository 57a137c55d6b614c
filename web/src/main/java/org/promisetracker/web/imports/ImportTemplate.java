package org.promisetracker.web.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook councils fill in to import a plan: the six sheets in the order they are applied,
 * row 1 the headers exactly as the reader matches them, row 2 what each column takes, and no
 * example rows, since an example left in would be imported. Dates, references and the columns
 * with a fixed set of values are set up for the first {@value #FORMATTED_ROWS} rows, so that what
 * an officer types is what the import reads.
 */
public final class ImportTemplate {

    static final int FORMATTED_ROWS = 1_000;

    /** Rows 1 and 2 are the headers and the notes; data starts in row 3. */
    static final int FIRST_DATA_ROW = 2;

    private ImportTemplate() {}

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle("Promise Tracker: plan import template");
            Styles styles = new Styles(workbook);
            for (ImportSheet sheet : ImportSheet.values()) {
                sheet(workbook.createSheet(sheet.title()), sheet.layout(), styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFSheet sheet, List<TemplateColumn> layout, Styles styles) {
        Row header = sheet.createRow(0);
        Row notes = sheet.createRow(1);
        notes.setHeightInPoints(5 * sheet.getDefaultRowHeightInPoints());
        for (int row = FIRST_DATA_ROW; row < FIRST_DATA_ROW + FORMATTED_ROWS; row++) {
            sheet.createRow(row);
        }
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int i = 0; i < layout.size(); i++) {
            TemplateColumn column = layout.get(i);
            org.apache.poi.ss.usermodel.Cell head = header.createCell(i);
            head.setCellValue(column.column().header());
            head.setCellStyle(styles.header);
            org.apache.poi.ss.usermodel.Cell note = notes.createCell(i);
            note.setCellValue(column.column().note());
            note.setCellStyle(styles.note);
            sheet.setColumnWidth(i, column.width() * 256);
            CellStyle body = switch (column.format()) {
                case DATE -> styles.date;
                case TEXT -> styles.text;
                case GENERAL -> null;
            };
            if (body != null) {
                sheet.setDefaultColumnStyle(i, body);
                for (int row = FIRST_DATA_ROW; row < FIRST_DATA_ROW + FORMATTED_ROWS; row++) {
                    sheet.getRow(row).createCell(i).setCellStyle(body);
                }
            }
            if (!column.choices().isEmpty()) {
                DataValidationConstraint list = validations.createExplicitListConstraint(
                        column.choices().toArray(String[]::new));
                DataValidation validation = validations.createValidation(
                        list, new CellRangeAddressList(FIRST_DATA_ROW, FIRST_DATA_ROW + FORMATTED_ROWS - 1, i, i));
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox(
                        column.column().header(), "Choose " + ImportColumn.oneOf(column.choices()) + ".");
                validation.setShowErrorBox(true);
                // XSSF reads this the other way round: true shows the arrow
                validation.setSuppressDropDownArrow(true);
                sheet.addValidationData(validation);
            }
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle note;
        final CellStyle date;
        final CellStyle text;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            note = workbook.createCellStyle();
            note.setFont(italic);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        }
    }
}
