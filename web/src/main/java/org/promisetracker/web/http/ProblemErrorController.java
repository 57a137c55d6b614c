package org.promisetracker.web.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the servlet container routes to {@code /error} (404 of unknown paths, 405, 406 and
 * 415 decided before a handler is chosen, exceptions thrown by filters, anything sent with
 * {@code sendError}) answers as a problem, written straight to the response so that no
 * {@code Accept} value can take the body away. Web pages asked for as HTML keep the error page.
 * Replaces Spring Boot's {@code BasicErrorController}, whose {@code {timestamp, status, error,
 * path}} JSON is no problem.
 */
@Controller
class ProblemErrorController extends AbstractErrorController {

    private static final List<String> API_PATHS = List.of("/api/", "/v3/", "/actuator/");

    private final ErrorAttributes errorAttributes;
    private final ProblemWriter problems;

    ProblemErrorController(
            ErrorAttributes errorAttributes, ObjectProvider<ErrorViewResolver> viewResolvers, ProblemWriter problems) {
        super(errorAttributes, viewResolvers.orderedStream().toList());
        this.errorAttributes = errorAttributes;
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = getStatus(request);
        if (isPage(request)) {
            Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
            response.setStatus(status.value());
            ModelAndView view = resolveErrorView(request, response, status, model);
            return view != null ? view : new ModelAndView("error", model);
        }
        problems.write(response, problem(status, errorAttributes.getError(new ServletWebRequest(request)), request));
        return null;
    }

    static ProblemDetail problem(HttpStatus status, Throwable error, HttpServletRequest request) {
        if (error instanceof InvalidParameterException) {
            return Problems.invalid(
                    "The query string cannot be read: every parameter needs a name, and each % must "
                            + "start a two-digit hexadecimal escape.",
                    List.of());
        }
        return switch (status) {
            case BAD_REQUEST -> Problems.invalid("The request is malformed and was not processed.", List.of());
            case NOT_FOUND ->
                Problems.of(
                        status,
                        "There is nothing at this address. The API's paths are listed in "
                                + "its OpenAPI document, /v3/api-docs.");
            case METHOD_NOT_ALLOWED -> Problems.of(status, methodNotAllowed(error, request));
            case NOT_ACCEPTABLE ->
                Problems.of(
                        status,
                        "This service answers in JSON only (application/json); the "
                                + "request's Accept header does not allow that.");
            case UNSUPPORTED_MEDIA_TYPE ->
                Problems.of(
                        status, "Send the request body as JSON, with the header " + "Content-Type: application/json.");
            case INTERNAL_SERVER_ERROR ->
                Problems.of(
                        status, "Something went wrong on our side. Please try again or " + "tell the service desk.");
            default -> Problems.of(status, "The request was refused (" + status.getReasonPhrase() + ").");
        };
    }

    private static String methodNotAllowed(Throwable error, HttpServletRequest request) {
        String method = request.getMethod();
        if (error instanceof HttpRequestMethodNotSupportedException notSupported) {
            method = notSupported.getMethod();
            if (notSupported.getSupportedMethods() != null) {
                return "This address does not accept " + method + "; it accepts "
                        + String.join(", ", notSupported.getSupportedMethods()) + ".";
            }
        }
        return "This address does not accept " + method + ".";
    }

    /** A page, not the API, and a client that asked for HTML (a browser does; curl and API clients do not). */
    private static boolean isPage(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        if (path.equals("/api")
                || path.equals("/actuator")
                || API_PATHS.stream().anyMatch(path::startsWith)) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
