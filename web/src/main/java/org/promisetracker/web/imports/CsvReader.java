package org.promisetracker.web.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Reads one sheet of the template saved as CSV: RFC 4180, comma separated, UTF-8 with or without
 * the byte order mark Excel's "CSV UTF-8" writes. Bytes that are not UTF-8 are refused rather than
 * guessed at, since a guess turns a £ into another character without anyone seeing. Rows are
 * numbered by record, as a spreadsheet program opening the file numbers them, so a quoted line
 * break inside a cell does not shift the numbers.
 */
final class CsvReader {

    private static final String SAVE_AS = "save the sheet as CSV UTF-8 (Comma delimited) and upload it again";

    private CsvReader() {}

    static ImportFile read(byte[] bytes, ImportSheet sheet) {
        assertText(bytes);
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        SheetBuilder builder = new SheetBuilder(sheet);
        CSVFormat format =
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            long number = 0;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw malformed(number + 1, line, e);
                }
                number = record.getRecordNumber();
                Map<Integer, Cell> cells = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    Cell cell = Cell.text(record.get(i));
                    if (!cell.isEmpty()) {
                        cells.put(i, cell);
                    }
                }
                if (number == 1) {
                    assertCommas(record);
                }
                if (!builder.row((int) number, false, cells, Map.of())) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Findings findings = new Findings();
        findings.sheet(builder.build());
        return findings.file();
    }

    private static void assertText(byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new UnreadableFile(
                    "This CSV file is not UTF-8 text (it is UTF-16, which Excel calls Unicode Text); " + SAVE_AS + ".");
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
            throw new UnreadableFile(
                    "This is an Excel workbook, not a CSV file: upload it as a workbook, or " + SAVE_AS + ".");
        }
        if (magic != FileMagic.UNKNOWN) {
            throw new UnreadableFile("This file is not CSV text; " + SAVE_AS + ".");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableFile("This file is not CSV text: it holds binary data; " + SAVE_AS + ".");
            }
        }
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new UnreadableFile("This CSV file is not UTF-8 text (line " + line + " has a character that is"
                    + " not); " + SAVE_AS + ".");
        }
        return out.flip().toString();
    }

    /** Excel in some languages saves "CSV" with semicolons, which would read as one column. */
    private static void assertCommas(CSVRecord header) {
        if (header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"))) {
            throw new UnreadableFile("This CSV file separates its columns with "
                    + (header.get(0).contains(";") ? "semicolons" : "tabs") + ", not commas; " + SAVE_AS + ".");
        }
    }

    private static UnreadableFile malformed(long row, long line, UncheckedIOException e) {
        String message = String.valueOf(
                e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (message.contains("EOF")) {
            return new UnreadableFile(
                    "This CSV file ends inside a quoted field: a double quote (\") in row " + row
                            + ", which starts on line " + line
                            + ", is never closed. Check that row for a stray quote, or "
                            + SAVE_AS + ".",
                    e);
        }
        return new UnreadableFile(
                "Row " + row + " of this CSV file, which starts on line " + line + ", has a quoted"
                        + " field with more text after its closing quote; put the whole field in quotes and double any"
                        + " quote inside it (\"\"), or " + SAVE_AS + ".",
                e);
    }
}
