package org.promisetracker.query.text;

/**
 * The one rule for text that PostgreSQL cannot store: U+0000 (refused by every text column) and a
 * lone surrogate (no UTF-8 form; the driver would write '?') become U+FFFD, the replacement
 * character, which says that a character was there and could not be kept.
 * <p>
 * New commands refuse such text (the domain's text rules), but events stored before those rules
 * may carry it, and the log is never rewritten. So the projection applies this rule to every value
 * it writes, and the report path (frozen from those rows, verified by replaying the raw events)
 * applies it to every string of a snapshot, so both sides hash the same text.
 */
public final class StorableText {

    public static final char REPLACEMENT = '\uFFFD';

    private StorableText() {}

    public static String of(String text) {
        if (text == null || storable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Applies the rule to a value about to be bound to a statement; anything but a string is left alone. */
    public static Object ofValue(Object value) {
        return value instanceof String text ? of(text) : value;
    }

    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
