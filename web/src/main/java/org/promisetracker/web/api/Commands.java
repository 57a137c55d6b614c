package org.promisetracker.web.api;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.promisetracker.api.Recorded;
import org.promisetracker.web.http.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Sends a command and waits for the event that records it; rejections surface as problems. */
@Component
public class Commands {

    public static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final CommandGateway gateway;

    Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public Recorded send(Object command) {
        return ask(command, Recorded.class);
    }

    /** A command whose handler answers something other than the recorded event. */
    public <R> R ask(Object command, Class<R> answer) {
        return answer.cast(gateway.sendAndWait(command));
    }

    /** The client's id in canonical form, or a new one. */
    public static String idOrNew(String clientId) {
        return clientId == null ? UUID.randomUUID().toString() : Ids.canonical(clientId);
    }

    public static <T> ResponseEntity<T> created(String path, T body) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .build()
                .toUri();
        return ResponseEntity.created(location).body(body);
    }

    /** The answer to a create: the new thing's id and the event that recorded it. */
    public record Created(String id, String eventId, Instant recordedAt) {
        public static Created of(String id, Recorded recorded) {
            return new Created(id, recorded.eventId(), recorded.recordedAt());
        }
    }
}
