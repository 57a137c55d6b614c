package org.promisetracker.web.http;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem answers, one {@code type} per kind of failure. Their texts often quote what the
 * client sent (an id in a path, a value in a body), so every detail and field error is made
 * {@link #printable} here: a client cannot put control characters or half a character into an
 * answer, or into the log line or page that shows it.
 */
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
            429, "too-many-requests",
            500, "internal-error");

    /** One request field at fault and why. */
    public record FieldError(String field, String message) {

        public FieldError {
            field = printable(field);
            message = printable(message);
        }
    }

    private Problems() {}

    public static URI type(HttpStatusCode status) {
        String kind = TYPES.getOrDefault(status.value(), "http-" + status.value());
        return URI.create("urn:promise-tracker:problem:" + kind);
    }

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, printable(detail));
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

    /**
     * The text with each control character (C0, DEL, C1), line or paragraph separator and lone
     * surrogate written as a visible {@code \\uXXXX}, so the answer still shows what was sent.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder printable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                printable.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                printable.append("\\u%04X".formatted((int) c));
            } else {
                printable.append(c);
            }
        }
        return printable.toString();
    }
}
