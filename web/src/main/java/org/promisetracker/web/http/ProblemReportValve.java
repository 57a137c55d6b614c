package org.promisetracker.web.http;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.json.JSONFilter;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, before any filter or Spring runs (a malformed request line or URI
 * such as {@code %00}, {@code %2F} or {@code %zz} in a path, a header too large, a broken
 * Content-Length, an HTTP version other than 1.x), is a problem like every other answer, not
 * Tomcat's HTML page. Errors that reach the application are answered by
 * {@link ProblemErrorController}; this valve writes only what is left.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response is closed: there is nobody left to tell
        }
    }

    static String json(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 400 ->
                "The request is malformed (its address, a header or its length cannot be read, or a header "
                        + "is too large) and was not processed.";
            case 505 -> "This service speaks HTTP/1.1; the request used an HTTP version it does not support.";
            default -> "The request was refused (" + title + ") before it reached the service.";
        };
        return "{\"type\":\""
                + JSONFilter.escape(
                        Problems.type(HttpStatusCode.valueOf(status)).toString())
                + "\",\"title\":\"" + JSONFilter.escape(title)
                + "\",\"status\":" + status
                + ",\"detail\":\"" + JSONFilter.escape(detail) + "\""
                + (status == 400 ? ",\"errors\":[]" : "") + "}";
    }

    /**
     * Puts the valve in place of the host's error report valves, Tomcat's own and the one Spring
     * Boot adds; it runs after Boot's customizer, which adds its valve in a context customizer too.
     */
    @Component
    static class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standardHost) {
                    // a host adds a valve of this class at start unless it finds one there
                    standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
                host.getPipeline().addValve(new ProblemReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
