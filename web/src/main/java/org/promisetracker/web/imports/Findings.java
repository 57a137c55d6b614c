package org.promisetracker.web.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What reading one upload found, gathered sheet by sheet into the {@link ImportFile}. */
final class Findings {

    private final Map<ImportSheet, SheetData> sheets = new EnumMap<>(ImportSheet.class);
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> notices = new ArrayList<>();

    void problem(String sheet, String message) {
        problems.add(new ImportProblem(sheet, 0, null, message));
    }

    void notice(String sheet, String message) {
        notices.add(new ImportProblem(sheet, 0, null, message));
    }

    /** A sheet read in full: its rows count, and so do its problems and notices. */
    void sheet(SheetResult result) {
        sheets.put(result.data().sheet(), result.data());
        problems.addAll(result.problems());
        notices.addAll(result.notices());
    }

    ImportFile file() {
        return new ImportFile(List.copyOf(sheets.values()), problems, notices);
    }
}
