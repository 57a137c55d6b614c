package org.promisetracker.app.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** What the tests that import need: sheets as an officer types them, and an upload as a browser sends it. */
public final class Workbooks {

    private Workbooks() {}

    /** A sheet with its header row. */
    public static Sheet sheet(Workbook book, String name, String... headers) {
        Sheet sheet = book.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
        }
        return sheet;
    }

    /**
     * A row after the sheet's last: numbers as number cells, dates as date cells in {@code dateStyle}
     * (or as their text when it is null), anything else as text, null as an empty cell.
     */
    public static void row(Sheet sheet, CellStyle dateStyle, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date && dateStyle != null) {
                row.createCell(i).setCellValue(date);
                row.getCell(i).setCellStyle(dateStyle);
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }

    /** A multipart/form-data body holding one file under {@code field}, closed by {@code boundary}. */
    public static byte[] multipart(String boundary, String field, String fileName, String contentType, byte[] file) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + file.length + tail.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return body;
    }
}
