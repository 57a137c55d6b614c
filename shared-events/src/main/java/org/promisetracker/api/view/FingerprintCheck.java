package org.promisetracker.api.view;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a paper's fingerprint names: whether a report has it ({@code found}), which, whether
 * replaying the log still derives that report ({@code matches}) and whether the log it was derived
 * from is intact up to it ({@code chainIntact}, with the first event that is not). Only
 * {@code found} is set when none has it.
 */
public record FingerprintCheck(
        boolean found,
        String reportId,
        String planId,
        String title,
        String committee,
        LocalDate reportDate,
        Instant publishedAt,
        Boolean matches,
        Boolean chainIntact,
        String sha256,
        String shortForm,
        Evidence.Broken chainBroken) {

    public static FingerprintCheck notFound() {
        return new FingerprintCheck(false, null, null, null, null, null, null, null, null, null, null, null);
    }
}
