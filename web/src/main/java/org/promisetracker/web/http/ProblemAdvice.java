package org.promisetracker.web.http;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.promisetracker.api.Rejection;
import org.promisetracker.platform.axon.NodeFailures;
import org.promisetracker.platform.persistence.DatabaseOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure of the HTTP API into an RFC 9457 problem an officer can act on (web pages
 * get the error page instead). Nothing a client sends may
 * produce a 500: malformed JSON, unknown enum values, wrong types and missing fields are 400s that
 * name the field.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> rejected(CommandExecutionException e) {
        Optional<Rejection> rejection =
                e.getDetails().filter(Rejection.class::isInstance).map(Rejection.class::cast);
        if (rejection.isEmpty()) {
            return unexpected(e);
        }
        if (rejection.get().reason() == Rejection.Reason.UNAVAILABLE) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(Unavailable.RETRY_AFTER_SECONDS))
                    .body(toProblem(rejection.get()));
        }
        return answer(toProblem(rejection.get()));
    }

    static ProblemDetail toProblem(Rejection rejection) {
        List<Problems.FieldError> errors = rejection.field() == null
                ? List.of()
                : List.of(new Problems.FieldError(rejection.field(), rejection.message()));
        return switch (rejection.reason()) {
            case INVALID -> Problems.invalid(rejection.message(), errors);
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, rejection.message());
            case CONFLICT -> {
                ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, rejection.message());
                if (!errors.isEmpty()) {
                    problem.setProperty("errors", errors);
                }
                yield problem;
            }
            case UNAVAILABLE -> Problems.of(HttpStatus.SERVICE_UNAVAILABLE, rejection.message());
        };
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return answer(
                Problems.of(HttpStatus.NOT_FOUND, "Nothing is recorded under id " + e.getAggregateIdentifier() + "."));
    }

    @ExceptionHandler({ConcurrencyException.class, DataIntegrityViolationException.class})
    ResponseEntity<ProblemDetail> conflict(Exception e) {
        log.info("Conflicting write refused: {}", e.toString());
        return answer(Problems.of(
                HttpStatus.CONFLICT,
                "Someone else changed this at the same moment, or the id is already in use. Reload and try again."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return answer(Problems.of(HttpStatus.FORBIDDEN, "Your role does not allow this."));
    }

    /** Tomcat parses the query string only when a parameter is first read: {@code ?=} or {@code ?%zz=1}. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableQuery(InvalidParameterException e) {
        return answer(ProblemErrorController.problem(HttpStatus.BAD_REQUEST, e, null));
    }

    /**
     * An upload's form that cannot be parsed (cut short, another boundary): the client's fault, so a
     * 400, and nothing was read. Multipart requests are parsed lazily (at the handler's argument),
     * so this advice sees them; one over the size limit is Spring's own 413.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableForm(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return answer(Problems.of(
                    HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than this service accepts (10 MB a file)."));
        }
        return answer(Problems.invalid(
                "The upload is not a complete multipart/form-data form with a file in it; send the file again.",
                List.of(new Problems.FieldError("file", "the form could not be read"))));
    }

    /** Whether the request only reads (GET, HEAD): nothing it asked could have been half done. */
    private static boolean reading() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && List.of("GET", "HEAD").contains(request.getRequest().getMethod());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        RequestBodyLimit.BodyTooLargeException tooLarge = causedBy(e, RequestBodyLimit.BodyTooLargeException.class);
        if (tooLarge != null) {
            return answer(Problems.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
        }
        if (DatabaseOutages.isUnreachable(e)) { // also reached from rejected(): Axon wraps it without a Rejection
            log.warn("Answered 503, the database is unreachable: {}", DatabaseOutages.rootCause(e));
            return Unavailable.answer();
        }
        if (NodeFailures.isStaleWrite(e)) { // still stale after the gateway's retries (CommandRetries)
            return conflict(e);
        }
        if (NodeFailures.isHandlerMissing(e)) {
            log.warn("Answered 503, no node could handle it: {}", e.toString());
            return Unavailable.answer(
                    NodeFailures.isLostInFlight(e) && !reading() ? Unavailable.LOST_DETAIL : Unavailable.NODES_DETAIL);
        }
        log.error("Unexpected failure", e);
        return answer(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing was recorded; please try again or tell the service desk."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return body(Problems.invalid(summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.FieldError(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return body(Problems.invalid(summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestBodyLimit.BodyTooLargeException tooLarge = causedBy(e, RequestBodyLimit.BodyTooLargeException.class);
        if (tooLarge != null) {
            return body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
        }
        JacksonException jackson = causedBy(e, JacksonException.class);
        if (jackson == null) {
            return body(Problems.invalid("The request needs a JSON body.", List.of()));
        }
        String field = fieldPath(jackson);
        if (field.isEmpty()) {
            return body(Problems.invalid("The request body is not valid JSON.", List.of()));
        }
        Problems.FieldError error = new Problems.FieldError(field, expectation(jackson));
        return body(Problems.invalid(summary(List.of(error)), List.of(error)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String field = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        String expected = e.getRequiredType() == LocalDate.class
                ? "must be a date written YYYY-MM-DD"
                : e.getRequiredType() == Instant.class
                        ? "must be an instant such as 2023-02-20T10:15:30Z"
                        : "has a value of the wrong type";
        Problems.FieldError error = new Problems.FieldError(field, expected);
        return body(Problems.invalid(summary(List.of(error)), List.of(error)));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof org.springframework.web.ErrorResponse errorResponse) {
            body = errorResponse.getBody();
        }
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null
                    || "about:blank".equals(problem.getType().toString())) {
                problem.setType(Problems.type(status));
            }
            // a ResponseStatusException's reason may quote the path, control characters and all
            problem.setDetail(Problems.printable(problem.getDetail()));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static String fieldPath(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String expectation(JacksonException e) {
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of "
                    + Arrays.stream(invalid.getTargetType().getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type.isEnum()) {
                return "must be one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(Object::toString)
                                .collect(Collectors.joining(", "));
            }
            if (type == LocalDate.class) {
                return "must be a date written YYYY-MM-DD";
            }
            if (type == Instant.class) {
                return "must be an instant such as 2023-02-20T10:15:30Z";
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
                return "must be a number";
            }
            if (List.class.isAssignableFrom(type) || type.isArray()) {
                return "must be a list";
            }
            if (type == String.class) {
                return "must be text";
            }
        }
        return "has a value of the wrong type";
    }

    private static String summary(List<Problems.FieldError> errors) {
        if (errors.isEmpty()) {
            return "The request is not valid.";
        }
        return errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; ", "Please correct: ", "."));
    }

    private static <T extends Throwable> T causedBy(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
