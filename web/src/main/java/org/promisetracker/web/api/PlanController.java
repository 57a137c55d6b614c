package org.promisetracker.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.plan.CreatePlan;
import org.promisetracker.web.api.Commands.Created;
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
class PlanController {

    record CreatePlanRequest(
            @Pattern(regexp = Commands.UUID_PATTERN, message = "must be a UUID") String id,

            @NotBlank String title,
            @NotBlank String organisation,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            String areaLabel) {}

    record AddAreaRequest(
            @Pattern(regexp = Commands.UUID_PATTERN, message = "must be a UUID") String id,

            @NotNull @Min(1) @Max(999) Integer number,
            @NotBlank String title) {}

    private final Commands commands;

    PlanController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/plans")
    ResponseEntity<Created> create(@Valid @RequestBody CreatePlanRequest request) {
        String id = Commands.idOrNew(request.id());
        var recorded = commands.send(new CreatePlan(
                id,
                request.title(),
                request.organisation(),
                request.startDate(),
                request.endDate(),
                request.areaLabel()));
        return Commands.created("/api/v1/plans/" + id, Created.of(id, recorded));
    }

    @PostMapping("/api/v1/plans/{planId}/areas")
    ResponseEntity<Created> addArea(@PathVariable String planId, @Valid @RequestBody AddAreaRequest request) {
        String id = Commands.idOrNew(request.id());
        var recorded = commands.send(new AddArea(planId, id, request.number(), request.title()));
        return Commands.created("/api/v1/plans/" + planId + "/areas/" + id, Created.of(id, recorded));
    }
}
