package org.promisetracker.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.promisetracker.platform.axon.NodeFailures;
import org.promisetracker.platform.persistence.DatabaseOutages;
import org.promisetracker.web.http.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that fails because the database cannot be reached, or no node of the kind it needs is
 * connected (split deployment), answers 503 with {@code Retry-After}
 * and the error page's "temporarily unavailable", not "something went wrong". It sends the status
 * the way Spring's own resolvers do, so the page is rendered like every other error page. The API's
 * controllers never get here: their advice answers every failure first.
 */
@Component
class UnavailablePage implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UnavailablePage.class);

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        boolean databaseAway = DatabaseOutages.isUnreachable(failure);
        if (!databaseAway && !NodeFailures.isHandlerMissing(failure) || response.isCommitted()) {
            return null;
        }
        log.warn(
                "Page answered 503, {}: {}",
                databaseAway ? "the database is unreachable" : "no node could handle it",
                databaseAway ? DatabaseOutages.rootCause(failure) : failure.toString());
        try {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Unavailable.RETRY_AFTER_SECONDS));
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        } catch (IOException e) {
            log.debug("Could not send the 503 page", e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        // after Spring's own resolvers, which leave a database failure alone
        return Ordered.LOWEST_PRECEDENCE;
    }
}
