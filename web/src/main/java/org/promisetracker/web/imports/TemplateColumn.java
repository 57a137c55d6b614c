package org.promisetracker.web.imports;

import java.util.List;

/**
 * How the template lays a column out: its width in characters, the format its empty cells get,
 * and the values its drop-down list offers (none for free text).
 */
record TemplateColumn(ImportColumn column, int width, Format format, List<String> choices) {

    enum Format {
        GENERAL,
        /** References: as text, so that Excel keeps 1.10 as typed instead of making it the number 1.1. */
        TEXT,
        DATE
    }

    TemplateColumn {
        choices = List.copyOf(choices);
    }

    static TemplateColumn text(ImportColumn column, int width) {
        return new TemplateColumn(column, width, Format.GENERAL, List.of());
    }

    static TemplateColumn ref(ImportColumn column, int width) {
        return new TemplateColumn(column, width, Format.TEXT, List.of());
    }

    static TemplateColumn date(ImportColumn column) {
        return new TemplateColumn(column, 14, Format.DATE, List.of());
    }

    static TemplateColumn choice(ImportColumn column, int width, List<String> choices) {
        return new TemplateColumn(column, width, Format.GENERAL, choices);
    }
}
