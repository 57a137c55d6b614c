package org.promisetracker.web.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row that holds something, numbered as Excel shows it (the header is row 1), so that the
 * import's messages send the officer to the right line. Its cells are keyed by the template's
 * header for the column, in template order; an empty cell has no key.
 */
public record SheetRow(int number, Map<String, Cell> cells) {

    public SheetRow {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** The cell under {@code header} (as the template spells it), or {@link Cell#EMPTY}. */
    public Cell cell(String header) {
        return cells.getOrDefault(header, Cell.EMPTY);
    }
}
