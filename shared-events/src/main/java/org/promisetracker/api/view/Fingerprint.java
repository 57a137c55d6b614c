package org.promisetracker.api.view;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A report's fingerprint: the SHA-256 of its frozen snapshot, and the short form a person can read
 * out over the telephone or type from a paper, the first 16 of its 64 hex digits in four groups of
 * four ({@code 3F2A 9C1B 77D0 4E11}). The short form names 64 bits: two reports sharing one would
 * take about four billion published reports.
 */
public record Fingerprint(String sha256) {

    public static final int SHORT_DIGITS = 16;

    private static final Pattern FULL = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TYPED = Pattern.compile("[0-9A-Fa-f \\-]{16,100}");
    private static final Pattern SEPARATORS = Pattern.compile("[ \\-]");

    public Fingerprint {
        if (sha256 == null || !FULL.matcher(sha256).matches()) {
            throw new IllegalArgumentException("A fingerprint is 64 lower-case hex digits");
        }
    }

    /** {@code 3F2A 9C1B 77D0 4E11}: upper case, so 0 and O, 1 and l are never confused in print. */
    public String shortForm() {
        String digits = sha256.substring(0, SHORT_DIGITS).toUpperCase(Locale.ROOT);
        return String.join(
                " ", digits.substring(0, 4), digits.substring(4, 8), digits.substring(8, 12), digits.substring(12, 16));
    }

    /**
     * What a person typed, as the lower-case hex digits it names: the full 64 or the short 16, with
     * any spaces or hyphens between them and in either case; {@code null} when it is neither.
     */
    public static String digitsOf(String typed) {
        if (typed == null || !TYPED.matcher(typed.strip()).matches()) {
            return null;
        }
        String digits = SEPARATORS.matcher(typed).replaceAll("").toLowerCase(Locale.ROOT);
        return digits.length() == SHORT_DIGITS || digits.length() == 64 ? digits : null;
    }
}
