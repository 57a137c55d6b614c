package org.promisetracker.api.rules;

import java.text.Normalizer;

/**
 * The one rule for free text, whichever way a command arrives (API, pages, demo data, imports):
 * surrounding spaces dropped and blank meaning absent; Unicode NFC, so that one word is stored one
 * way; no control characters (C0, DEL and C1) but tab, line feed and carriage return, which no
 * committee paper can show, and no half of a surrogate pair, which PostgreSQL cannot hold; and a
 * length limit per kind of field, counted in characters as a person counts them (code points,
 * after normalisation).
 */
public final class Texts {

    /** An action's reference, such as "1.1". */
    public static final int REF = 20;
    /** A label, a unit, a phase. */
    public static final int SHORT = 60;
    /** A plan's title, an organisation, a lead officer's role, a committee. */
    public static final int NAME = 300;
    /** Where data comes from; a report's title. */
    public static final int LINE = 500;
    /** The title of an area, an action or a benefit; how it is measured and collected. */
    public static final int TITLE = 2000;
    /** Notes, comments, evidence, reasons, rationales, outcome measures. */
    public static final int TEXT = 4000;

    private Texts() {}

    /** The text as stored, or null when absent or blank. */
    public static String clean(String field, String text, int maxLength) {
        if (text == null) {
            return null;
        }
        assertStorable(field, text);
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (normal.isEmpty()) {
            return null;
        }
        int length = normal.codePointCount(0, normal.length());
        if (length > maxLength) {
            throw CommandRejected.invalid(
                    field,
                    "Keep this to " + String.format("%,d", maxLength) + " characters or fewer; it has "
                            + String.format("%,d", length) + ".");
        }
        return normal;
    }

    /** As {@link #clean}, refusing a missing or blank text with {@code message}. */
    public static String required(String field, String text, int maxLength, String message) {
        String cleaned = clean(field, text, maxLength);
        if (cleaned == null) {
            throw CommandRejected.invalid(field, message);
        }
        return cleaned;
    }

    private static void assertStorable(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // C0, DEL and C1 alike: U+007F and U+0085 are as invisible and as unprintable as U+0001
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw CommandRejected.invalid(
                        field,
                        "Remove the control character U+%04X at character %d: text may hold".formatted((int) c, i + 1)
                                + " letters, digits, punctuation, tabs and line breaks.");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw CommandRejected.invalid(
                        field,
                        "Character " + (i + 1) + " is half of a character (a lone"
                                + " surrogate U+%04X), which cannot be stored; type or paste the text again."
                                        .formatted((int) c));
            }
        }
    }
}
