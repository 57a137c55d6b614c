package org.promisetracker.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.CorrectMeasurement;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.benefit.Target;
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
class BenefitController {

    record BaselineRequest(
            @Digits(integer = 15, fraction = 4) BigDecimal value,
            String evidence,
            @NotNull LocalDate date) {}

    record TargetRequest(
            @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
            @NotNull LocalDate date) {}

    record AddBenefitRequest(
            @Pattern(regexp = Commands.UUID_PATTERN, message = "must be a UUID") String id,

            String ref,
            @NotEmpty @Size(max = 50) List<@NotBlank String> actionIds,
            @NotBlank String title,
            @NotNull BenefitType type,
            @NotBlank String measure,
            @NotBlank String collectionMethod,
            String dataSource,
            String unit,
            Direction direction,
            @Valid BaselineRequest baseline,
            @Valid TargetRequest target,
            LocalDate effectiveFrom) {}

    record MeasurementRequest(
            @Pattern(regexp = Commands.UUID_PATTERN, message = "must be a UUID") String id,

            @NotNull LocalDate effectiveDate,
            @Digits(integer = 15, fraction = 4) BigDecimal value,
            String evidence,
            @NotBlank String source,
            String lateReason) {}

    record CorrectionRequest(
            @Digits(integer = 15, fraction = 4) BigDecimal value,
            String evidence,
            LocalDate effectiveDate,
            @NotBlank String reason) {}

    record RagRequest(
            @NotNull Rag rag,
            @NotNull LocalDate effectiveDate,
            @NotBlank String rationale,
            String lateReason) {}

    private final Commands commands;

    BenefitController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/plans/{planId}/benefits")
    ResponseEntity<Created> add(@PathVariable String planId, @Valid @RequestBody AddBenefitRequest request) {
        String id = Commands.idOrNew(request.id());
        Baseline baseline = request.baseline() == null
                ? null
                : new Baseline(
                        request.baseline().value(),
                        request.baseline().evidence(),
                        request.baseline().date());
        Target target = request.target() == null
                ? null
                : new Target(request.target().value(), request.target().date());
        Recorded recorded = commands.send(new AddBenefit(
                id,
                planId,
                request.ref(),
                Ids.canonical(request.actionIds()),
                request.title(),
                request.type(),
                request.measure(),
                request.collectionMethod(),
                request.dataSource(),
                request.unit(),
                request.direction(),
                baseline,
                target,
                request.effectiveFrom()));
        return Commands.created("/api/v1/benefits/" + id, Created.of(id, recorded));
    }

    @PostMapping("/api/v1/benefits/{benefitId}/measurements")
    ResponseEntity<Created> recordMeasurement(
            @PathVariable String benefitId, @Valid @RequestBody MeasurementRequest request) {
        String id = Commands.idOrNew(request.id());
        Recorded recorded = commands.send(new RecordMeasurement(
                benefitId,
                id,
                request.effectiveDate(),
                request.value(),
                request.evidence(),
                request.source(),
                request.lateReason()));
        return Commands.created("/api/v1/benefits/" + benefitId + "/measurements/" + id, Created.of(id, recorded));
    }

    @PostMapping("/api/v1/benefits/{benefitId}/measurements/{measurementId}/corrections")
    Recorded correctMeasurement(
            @PathVariable String benefitId,
            @PathVariable String measurementId,
            @Valid @RequestBody CorrectionRequest request) {
        return commands.send(new CorrectMeasurement(
                benefitId,
                measurementId,
                request.value(),
                request.evidence(),
                request.effectiveDate(),
                request.reason()));
    }

    @PostMapping("/api/v1/benefits/{benefitId}/rag")
    Recorded assessRag(@PathVariable String benefitId, @Valid @RequestBody RagRequest request) {
        return commands.send(new AssessRag(
                benefitId, request.rag(), request.effectiveDate(), request.rationale(), request.lateReason()));
    }
}
