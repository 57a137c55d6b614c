package org.promisetracker.web.imports;

import java.util.List;

/**
 * One sheet as read, before the reader decides whether it counts: a hidden sheet that holds nothing
 * is left out with a notice, one that holds anything is a problem.
 */
record SheetResult(SheetData data, List<ImportProblem> problems, List<ImportProblem> notices, boolean holdsNothing) {}
