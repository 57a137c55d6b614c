package org.promisetracker.web.imports;

/**
 * Something about the upload an officer must know: a problem that stops the import, or a notice of
 * something left out. {@code sheet} is the sheet's name (the template's spelling when it is one of
 * the template's), null for the whole file; {@code row} is 0 and {@code column} null when it
 * concerns a whole sheet or file. The message says all of it in words, since it is shown as it is.
 */
public record ImportProblem(String sheet, int row, String column, String message) {}
