package org.promisetracker.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.action.RecordProgressNote;
import org.promisetracker.web.api.Commands.Created;
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
class ActionController {

    record AddActionRequest(
            @Pattern(regexp = Commands.UUID_PATTERN, message = "must be a UUID") String id,

            @NotBlank String areaId,
            @NotBlank String ref,
            @NotBlank String title,
            @NotBlank String leadOfficer,
            LocalDate dueDate,
            String outcomeMeasures,
            LocalDate effectiveFrom,
            @Size(max = 5) List<@NotNull Foundation> foundations,
            String phase) {}

    /** {@code lateReason}: required for a date on or before the plan's latest report date (409 without it). */
    record ChangeStatusRequest(
            @NotNull ActionStatus status,
            @NotNull LocalDate effectiveDate,
            String comment,
            String supersededBy,
            String lateReason) {}

    record NoteRequest(
            @NotNull LocalDate effectiveDate, @NotBlank String text, String lateReason) {}

    private final Commands commands;

    ActionController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/plans/{planId}/actions")
    ResponseEntity<Created> add(@PathVariable String planId, @Valid @RequestBody AddActionRequest request) {
        String id = Commands.idOrNew(request.id());
        Recorded recorded = commands.send(new AddAction(
                id,
                planId,
                Ids.canonical(request.areaId()),
                request.ref(),
                request.title(),
                request.leadOfficer(),
                request.dueDate(),
                request.outcomeMeasures(),
                request.effectiveFrom(),
                request.foundations(),
                request.phase()));
        return Commands.created("/api/v1/actions/" + id, Created.of(id, recorded));
    }

    @PostMapping("/api/v1/actions/{actionId}/status")
    Recorded changeStatus(@PathVariable String actionId, @Valid @RequestBody ChangeStatusRequest request) {
        return commands.send(new ChangeActionStatus(
                actionId,
                request.status(),
                request.effectiveDate(),
                request.comment(),
                Ids.canonical(request.supersededBy()),
                request.lateReason()));
    }

    @PostMapping("/api/v1/actions/{actionId}/notes")
    Recorded recordNote(@PathVariable String actionId, @Valid @RequestBody NoteRequest request) {
        return commands.send(
                new RecordProgressNote(actionId, request.effectiveDate(), request.text(), request.lateReason()));
    }
}
