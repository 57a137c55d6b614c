package org.promisetracker.web.imports;

/**
 * The upload cannot be read at all: not a workbook or CSV text, too large, locked, damaged or
 * built to exhaust the server. The message is shown to the officer as the problem's detail, so it
 * says in plain words what is wrong and what to do.
 */
public final class UnreadableFile extends RuntimeException {

    UnreadableFile(String message) {
        super(message);
    }

    UnreadableFile(String message, Throwable cause) {
        super(message, cause);
    }
}
