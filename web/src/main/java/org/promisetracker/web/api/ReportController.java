package org.promisetracker.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.report.PublishReport;
import org.promisetracker.web.http.Ids;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
// negotiated before the handler runs, so a refused Accept or Content-Type sends no command
@RequestMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
class ReportController {

    record PublishRequest(
            @Pattern(regexp = Commands.UUID_PATTERN, message = "must be a UUID") String id,

            @NotBlank String committee,
            @NotNull LocalDate reportDate,
            @NotBlank String title,

            @Pattern(regexp = Commands.UUID_PATTERN, message = "must be a UUID") String roundId) {}

    /** {@code publishedAt} is the instant the report's content is frozen at. */
    record Published(String id, String eventId, Instant recordedAt, Instant publishedAt) {}

    private final Commands commands;

    ReportController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/plans/{planId}/reports")
    ResponseEntity<Published> publish(@PathVariable String planId, @Valid @RequestBody PublishRequest request) {
        String id = Commands.idOrNew(request.id());
        Recorded recorded = commands.send(new PublishReport(
                id,
                planId,
                request.committee(),
                request.reportDate(),
                request.title(),
                request.roundId() == null ? null : Ids.canonical(request.roundId())));
        return Commands.created(
                "/api/v1/reports/" + id,
                new Published(id, recorded.eventId(), recorded.recordedAt(), recorded.recordedAt()));
    }
}
