package org.promisetracker.web.imports;

import java.util.List;

/**
 * What an upload holds: the template's sheets it has, in template order; the problems that stop
 * its import; and the notices of what was left out or read in a way the officer might not expect
 * (a sheet or column not in the template, hidden rows, merged cells), which do not.
 */
public record ImportFile(List<SheetData> sheets, List<ImportProblem> problems, List<ImportProblem> notices) {

    public ImportFile {
        sheets = List.copyOf(sheets);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }
}
