package org.promisetracker.web.imports;

import java.util.Arrays;
import java.util.List;

/**
 * One column of a sheet of the import template: the header as row 1 holds it, whether the sheet
 * must have the column, and the text of the template's notes row under it, which tells an officer
 * what the column takes. A required column must be there; whether each of its cells must be filled
 * is for the import's validation to say.
 */
public record ImportColumn(String header, boolean required, String note) {

    static ImportColumn required(String header, String note) {
        return new ImportColumn(header, true, "Required. " + note);
    }

    static ImportColumn optional(String header, String note) {
        return new ImportColumn(header, false, note);
    }

    /** "GREEN, AMBER or RED": the values as the note lists them and the drop-down offers them. */
    static String oneOf(List<String> values) {
        return listed(values, "or");
    }

    /** "B, F and H". */
    static String listed(List<String> values, String conjunction) {
        if (values.size() == 1) {
            return values.get(0);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " " + conjunction + " "
                + values.get(values.size() - 1);
    }

    static List<String> names(Enum<?>... values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
