package org.promisetracker.web.page;

import java.time.Duration;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.promisetracker.api.Rejection;
import org.promisetracker.api.view.AwaitReadModel;
import org.promisetracker.api.view.ReadModelCaughtUp;
import org.promisetracker.platform.axon.NodeFailures;
import org.promisetracker.platform.persistence.DatabaseOutages;
import org.promisetracker.web.api.Queries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sends a form's command through the command gateway, under the same rules as the HTTP API. A
 * refusal becomes an error on the form field it names, or on the whole form when it names none,
 * so the page can show it beside what the officer typed.
 */
@Component
class FormCommands {

    private static final Logger log = LoggerFactory.getLogger(FormCommands.class);
    /** How long a redirect waits for the read model to show what was just recorded. */
    private static final Duration READ_WAIT = Duration.ofSeconds(2);

    private final CommandGateway gateway;
    private final Queries queries;

    FormCommands(CommandGateway gateway, Queries queries) {
        this.gateway = gateway;
        this.queries = queries;
    }

    /**
     * The command's answer (the recorded event, for most), or empty with the refusal added to {@code form}. Once recorded, waits
     * (briefly, boundedly) for the read model to show it, so the page after the redirect does not
     * look as if nothing happened.
     */
    Optional<Object> send(Object command, BindingResult form) {
        try {
            Object answer = gateway.sendAndWait(command);
            awaitReadModel();
            return Optional.of(answer);
        } catch (ConcurrencyException e) { // still stale after the gateway's retries
            form.reject("conflict", "Someone else changed this at the same moment. Please try again.");
            return Optional.empty();
        } catch (AggregateNotFoundException e) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Nothing is recorded under id " + e.getAggregateIdentifier() + ".");
        } catch (CommandExecutionException e) {
            Optional<Rejection> rejection =
                    e.getDetails().filter(Rejection.class::isInstance).map(Rejection.class::cast);
            if (rejection.isEmpty() && (DatabaseOutages.isUnreachable(e) || NodeFailures.isHandlerMissing(e))) {
                throw e; // the 503 page (UnavailablePage), not a form error the officer cannot fix
            }
            if (rejection.isEmpty() && NodeFailures.isStaleWrite(e)) {
                form.reject("conflict", "Someone else changed this at the same moment. Please try again.");
                return Optional.empty();
            }
            if (rejection.isEmpty()) {
                log.warn("A form's command failed unexpectedly", e);
                form.reject("failed", "This could not be recorded just now. Please try again.");
                return Optional.empty();
            }
            reject(rejection.get(), form);
            return Optional.empty();
        }
    }

    /** Recorded already: a read side that cannot say it caught up makes the next page late, not the form failed. */
    private void awaitReadModel() {
        try {
            ReadModelCaughtUp answer = queries.one(
                    new AwaitReadModel(READ_WAIT.toMillis()), ReadModelCaughtUp.class, "The read side did not answer.");
            if (!answer.caughtUp()) {
                log.info("Recorded, but the read side did not show it within {} ms", READ_WAIT.toMillis());
            }
        } catch (RuntimeException e) {
            log.info("Recorded, but could not wait for the read side to show it: {}", e.toString());
        }
    }

    private static void reject(Rejection rejection, BindingResult form) {
        if (rejection.reason() == Rejection.Reason.NOT_FOUND && rejection.field() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, rejection.message());
        }
        String field = formField(rejection.field());
        if (field != null
                && form.getTarget() != null
                && new BeanWrapperImpl(form.getTarget()).isReadableProperty(field)) {
            form.rejectValue(field, rejection.reason().name(), rejection.message());
        } else {
            form.reject(rejection.reason().name(), rejection.message());
        }
    }

    /** The API names nested fields with dots ("baseline.value"); the forms flatten them ("baselineValue"). */
    static String formField(String apiField) {
        if (apiField == null) {
            return null;
        }
        int dot = apiField.indexOf('.');
        if (dot < 0) {
            return apiField;
        }
        String rest = apiField.substring(dot + 1);
        return apiField.substring(0, dot) + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
}
