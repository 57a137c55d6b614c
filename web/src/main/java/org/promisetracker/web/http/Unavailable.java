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
 * from the failure's cause chain.
 */
public final class Unavailable {

    /** Seconds a client should wait before trying again: a PostgreSQL restart or fail-over takes a few. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static final URI TYPE = URI.create("urn:promise-tracker:problem:service-unavailable");
    public static final String DETAIL = "The service cannot reach its database just now, so this could not be done. "
            + "Please try again in a few seconds.";

    private Unavailable() {}

    public static ProblemDetail problem() {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
        problem.setType(TYPE);
        problem.setTitle("Temporarily unavailable");
        return problem;
    }

    public static ResponseEntity<ProblemDetail> answer() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .body(problem());
    }
}
