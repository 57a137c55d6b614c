package org.promisetracker.web.imports;

import java.util.Locale;
import java.util.Objects;

/**
 * Reads an uploaded plan, a workbook of the template's sheets or one sheet as CSV, into rows of
 * text, numbers and dates, and says what it could not read and what it left out. It judges no
 * value: the import's validation does, with the service's rules, and names the cell. It refuses
 * the whole file, with {@link UnreadableFile}, only when there is nothing it can read safely.
 */
public final class SpreadsheetReader {

    /** The largest upload read. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The most rows of data a sheet may have: an import is applied in one go, and must finish. */
    public static final int MAX_ROWS = 10_000;

    private SpreadsheetReader() {}

    /**
     * @param csvSheet null when {@code bytes} is an .xlsx workbook; otherwise the sheet the CSV
     *     file {@code bytes} holds
     * @throws UnreadableFile when the file cannot be read at all
     */
    public static ImportFile read(byte[] bytes, ImportSheet csvSheet) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableFile("This file is larger than " + MAX_BYTES / (1024 * 1024) + " MB, more than an"
                    + " import takes; delete what the import does not need (other sheets, pictures), or import the"
                    + " plan in parts of " + String.format(Locale.UK, "%,d", MAX_ROWS) + " rows a sheet or fewer.");
        }
        return csvSheet == null ? WorkbookReader.read(bytes) : CsvReader.read(bytes, csvSheet);
    }
}
