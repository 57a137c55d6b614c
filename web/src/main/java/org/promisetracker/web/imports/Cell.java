package org.promisetracker.web.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as read, before the import's validation decides what it means. {@code text} is what the
 * officer sees, stripped, and null when the cell is empty: a number as plain decimal digits (12,
 * 12.5, never 1.2E1 or 12.0), an Excel date as 2023-03-31. {@code number} is set when the cell
 * holds a number, a date included, so that a value typed as a number is not read back through its
 * text; {@code date} when it is a date-formatted number. A CSV file has only text.
 */
public record Cell(String text, BigDecimal number, LocalDate date) {

    public static final Cell EMPTY = new Cell(null, null, null);

    public boolean isEmpty() {
        return text == null;
    }

    static Cell text(String text) {
        String stripped = text == null ? null : text.strip();
        return stripped == null || stripped.isEmpty() ? EMPTY : new Cell(stripped, null, null);
    }
}
