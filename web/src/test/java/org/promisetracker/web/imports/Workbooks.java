package org.promisetracker.web.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Builds the files the reader's tests read: with POI, and by rewriting the parts of a zip. */
final class Workbooks {

    private Workbooks() {}

    /**
     * A sheet whose rows are given from row 1: a String, Number, Boolean or LocalDate is a cell of
     * that kind, null an absent cell.
     */
    static Sheet sheet(Workbook workbook, String name, Object[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                put(row, c, rows[r][c]);
            }
        }
        return sheet;
    }

    static void put(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle(row.getSheet().getWorkbook()));
        } else {
            throw new IllegalArgumentException(value.toString());
        }
    }

    private static CellStyle dateStyle(Workbook workbook) {
        for (int i = 0; i < workbook.getNumCellStyles(); i++) {
            CellStyle style = workbook.getCellStyleAt(i);
            if ("yyyy-mm-dd".equals(style.getDataFormatString())) {
                return style;
            }
        }
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static byte[] bytes(Workbook workbook) {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip's entries in order, read as POI reads them. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The workbook with one of its XML parts edited as text. */
    static byte[] edit(byte[] xlsx, String part, UnaryOperator<String> edit) {
        Map<String, byte[]> entries = entries(xlsx);
        byte[] xml = entries.get(part);
        if (xml == null) {
            throw new IllegalArgumentException("no part " + part + " in " + entries.keySet());
        }
        String original = new String(xml, StandardCharsets.UTF_8);
        String edited = edit.apply(original);
        if (edited.equals(original)) {
            throw new IllegalArgumentException("the edit changes nothing in " + part + ": " + original);
        }
        entries.put(part, edited.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
