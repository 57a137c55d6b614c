package org.promisetracker.web.http;

import java.net.URI;
import org.promisetracker.platform.persistence.DatabaseOutages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The database cannot be reached: a 503 with {@code Retry-After}, not a 500, so a client (or a load
 * balancer) knows to try again shortly rather than report a fault. {@link DatabaseOutages} decides
 * from the failure's cause chain; so does {@code NodeFailures} when a node of another kind is missing.
 */
public final class Unavailable {

    /** Seconds a client should wait before trying again: a PostgreSQL restart or fail-over takes a few. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static final URI TYPE = URI.create("urn:promise-tracker:problem:service-unavailable");
    public static final String DETAIL = "The service cannot reach its database just now, so this could not be done. "
            + "Please try again in a few seconds.";

    /** No node of the kind needed is connected (split deployment), so nothing was done. */
    public static final String NODES_DETAIL = "The part of the service that does this is not reachable just now, "
            + "so it was not done. Please try again in a few seconds.";

    /** The node doing it went away mid-way: whether it was recorded cannot be known here. */
    public static final String LOST_DETAIL = "The part of the service doing this went away before it answered, "
            + "so it may or may not have been recorded. Please look before you repeat it "
            + "(repeating a create with the same id is always safe).";

    private Unavailable() {}

    public static ProblemDetail problem() {
        return problem(DETAIL);
    }

    public static ProblemDetail problem(String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(TYPE);
        problem.setTitle("Temporarily unavailable");
        return problem;
    }

    public static ResponseEntity<ProblemDetail> answer() {
        return answer(DETAIL);
    }

    public static ResponseEntity<ProblemDetail> answer(String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .body(problem(detail));
    }
}
