package org.promisetracker.app.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.promisetracker.app.support.Workbooks;

/**
 * Bodies for an upload (multipart/form-data with a {@code file}): a valid workbook that repeats what
 * the fixture's plan holds (its area 1), so that importing it stores nothing, and files and forms
 * that are wrong in one way each.
 */
final class Uploads {

    static final String BOUNDARY = "----promise-tracker-hostile";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] WORKBOOK = workbook();

    private Uploads() {}

    static byte[] valid() {
        return form("file", "plan.xlsx", XLSX, WORKBOOK);
    }

    /** One wrong thing each: the file, or the form around it. */
    static Map<String, byte[]> hostile() {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("file: text", form("file", "plan.xlsx", XLSX, bytes("Number,Title\n1,Workforce\n")));
        cases.put("file: empty", form("file", "plan.xlsx", XLSX, new byte[0]));
        cases.put(
                "file: truncated workbook",
                form("file", "plan.xlsx", XLSX, Arrays.copyOf(WORKBOOK, WORKBOOK.length / 2)));
        cases.put("file: zip bomb", form("file", "plan.xlsx", XLSX, zipBomb()));
        cases.put("file: Excel 97-2003", form("file", "plan.xls", "application/vnd.ms-excel", ole2()));
        cases.put("file: NUL bytes", form("file", "plan.xlsx", XLSX, new byte[4096]));
        cases.put("file: control characters in the name", form("file", "pl\u0001an\u202E.xlsx", XLSX, WORKBOOK));
        cases.put("form: the file under another name", form("upload", "plan.xlsx", XLSX, WORKBOOK));
        cases.put("form: no closing boundary", Arrays.copyOf(valid(), valid().length - 8));
        cases.put(
                "form: another boundary",
                bytes("--other\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--other--\r\n"));
        cases.put("form: empty", new byte[0]);
        cases.put("form: JSON", bytes("{\"file\": \"plan.xlsx\"}"));
        cases.put(
                "form: the file twice",
                concat(Arrays.copyOf(valid(), valid().length - (BOUNDARY.length() + 6)), valid()));
        cases.put("form: a file past the 10 MB limit", form("file", "plan.xlsx", XLSX, new byte[10 * 1024 * 1024 + 1]));
        return cases;
    }

    private static byte[] form(String field, String fileName, String type, byte[] file) {
        return Workbooks.multipart(BOUNDARY, field, fileName, type, file);
    }

    private static byte[] workbook() {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbooks.row(Workbooks.sheet(book, "Areas", "Number", "Title"), null, 1, "Workforce");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 80; i++) {
                zip.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] ole2() {
        byte[] ole2 = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        return ole2;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
