package org.promisetracker.command.rules;

/** Text as officers type it: surrounding spaces dropped, blank means absent. */
public final class Texts {

    private Texts() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static String required(String field, String text, String message) {
        String cleaned = clean(text);
        if (cleaned == null) {
            throw CommandRejected.invalid(field, message);
        }
        return cleaned;
    }
}
