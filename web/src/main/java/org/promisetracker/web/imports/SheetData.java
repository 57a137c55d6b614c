package org.promisetracker.web.imports;

import java.util.List;

/**
 * A sheet of the template found in the upload, with its rows in order. Empty rows are left out;
 * so are all rows when the sheet itself has a problem (a required column missing, a column twice,
 * too many rows), since its rows cannot be read as the template means them.
 */
public record SheetData(ImportSheet sheet, List<SheetRow> rows) {

    public SheetData {
        rows = List.copyOf(rows);
    }
}
