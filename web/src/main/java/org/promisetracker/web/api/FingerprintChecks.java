package org.promisetracker.web.api;

import java.util.function.Predicate;
import org.promisetracker.api.view.CheckFingerprint;
import org.promisetracker.api.view.Fingerprint;
import org.promisetracker.api.view.FingerprintCheck;
import org.promisetracker.web.http.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What a person typed from a paper, as the query for the report it names; the API and the page ask alike. */
public final class FingerprintChecks {

    private FingerprintChecks() {}

    public static CheckFingerprint of(String typed) {
        return of(typed, null);
    }

    /**
     * The check as the user may see it: a report of a plan they may not see is not found, and so is
     * such a plan, when the check is limited to one.
     */
    public static FingerprintCheck ask(Queries queries, String typed, String planId, Predicate<String> visible) {
        CheckFingerprint query = of(typed, planId);
        if (query.planId() != null && !visible.test(Ids.canonical(query.planId()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no plan " + query.planId() + ".");
        }
        FingerprintCheck check = queries.one(query, FingerprintCheck.class, "The read side did not answer.");
        return check.found() && !visible.test(check.planId()) ? FingerprintCheck.notFound() : check;
    }

    /** The query, among one plan's reports if {@code planId} is given; a 400 naming the two forms a fingerprint takes. */
    public static CheckFingerprint of(String typed, String planId) {
        String digits = Fingerprint.digitsOf(typed);
        if (digits == null) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "A fingerprint is the 64 hex digits of a report's SHA-256, or the 16 of its short form "
                            + "(for example 3F2A 9C1B 77D0 4E11), as printed at the foot of every page of the paper.");
        }
        return new CheckFingerprint(digits, planId == null || planId.isBlank() ? null : planId.strip());
    }
}
