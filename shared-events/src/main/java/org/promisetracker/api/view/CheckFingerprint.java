package org.promisetracker.api.view;

/**
 * Answers {@link FingerprintCheck} for the lower-case hex digits of a fingerprint, its full 64 or
 * its short 16 ({@link Fingerprint#digitsOf}); among one plan's reports only when {@code planId}
 * is given.
 */
public record CheckFingerprint(String digits, String planId) {}
