package org.promisetracker.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem answers, one {@code type} per kind of failure. */
public final class Problems {

    private static final Map<Integer, String> TYPES = Map.of(
            400, "invalid-request",
            401, "not-authenticated",
            403, "not-allowed",
            404, "not-found",
            405, "method-not-allowed",
            409, "conflict",
            413, "request-too-large",
            415, "unsupported-media-type",
            500, "internal-error");

    /** One request field at fault and why. */
    public record FieldError(String field, String message) {
    }

    private Problems() {
    }

    public static URI type(HttpStatusCode status) {
        String kind = TYPES.getOrDefault(status.value(), "http-" + status.value());
        return URI.create("urn:promise-tracker:problem:" + kind);
    }

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(status));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        return problem;
    }

    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
