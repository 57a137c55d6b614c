package org.promisetracker.web.page;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.CorrectMeasurement;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindHistory;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.History;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.web.api.Queries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A benefit: its measure, RAG and measurements, everything recorded about it, and the officer's forms. */
@Controller
class BenefitPage {

    /** A measurement as it now reads, corrections applied. */
    record Measurement(
            String measurementId,
            LocalDate effectiveDate,
            String date,
            BigDecimal value,
            String said,
            String source,
            boolean corrected) {}

    /** What the chart draws: measurements over time against the baseline and the target. */
    record Chart(String unit, List<String> labels, List<BigDecimal> values, BigDecimal baseline, BigDecimal target) {}

    private final Queries queries;
    private final FormCommands commands;
    private final Clock clock;

    BenefitPage(Queries queries, FormCommands commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/benefits/{benefitId}")
    String show(@PathVariable String benefitId, Model model) {
        LocalDate today = LocalDate.now(clock);
        if (!model.containsAttribute("measurementForm")) {
            MeasurementForm form = new MeasurementForm();
            form.setEffectiveDate(today);
            model.addAttribute("measurementForm", form);
        }
        if (!model.containsAttribute("correctionForm")) {
            model.addAttribute("correctionForm", new CorrectionForm());
        }
        if (!model.containsAttribute("ragForm")) {
            RagForm form = new RagForm();
            form.setEffectiveDate(today);
            model.addAttribute("ragForm", form);
        }
        History history = history(benefitId);
        PlanDashboard plan = queries.one(
                new FindPlanDashboard(history.planId(), today, Instant.now()),
                PlanDashboard.class,
                "There is no plan " + history.planId() + ".");
        BenefitView benefit = plan.areas().stream()
                .flatMap(area -> area.benefits().stream())
                .filter(b -> b.benefitId().equals(benefitId))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "The benefit " + benefitId + " does not count in its plan yet."));
        List<Measurement> measurements = measurements(history, Formats.unitOf(benefit.type(), benefit.unit()));
        model.addAttribute("plan", plan);
        model.addAttribute("parkedBanner", ParkedBanner.of(history.parked(), plan, clock.getZone()));
        model.addAttribute("benefit", benefit);
        model.addAttribute("measuredByValue", benefit.type().isMeasuredByValue());
        model.addAttribute("typeWords", Words.type(benefit.type()));
        model.addAttribute("directionWords", Words.direction(benefit.direction()));
        model.addAttribute(
                "ragWords",
                Words.rag(benefit.rag())
                        + (benefit.ragDate() == null ? "" : " since " + Formats.date(benefit.ragDate())));
        model.addAttribute(
                "baseline",
                benefit.baseline() == null
                        ? null
                        : Timeline.said(
                                        benefit.baseline().value(),
                                        benefit.baseline().evidence(),
                                        Formats.unitOf(benefit.type(), benefit.unit()))
                                + " at "
                                + Formats.date(benefit.baseline().date()));
        model.addAttribute(
                "target",
                benefit.target() == null
                        ? null
                        : Formats.figure(benefit.target().value(), Formats.unitOf(benefit.type(), benefit.unit()))
                                + " by " + Formats.date(benefit.target().date()));
        BenefitView.Measurement latest = benefit.latestMeasurement();
        model.addAttribute(
                "latest",
                latest == null
                        ? null
                        : Timeline.said(
                                        latest.value(),
                                        latest.evidence(),
                                        Formats.unitOf(benefit.type(), benefit.unit()))
                                + " at " + Formats.date(latest.effectiveDate()));
        model.addAttribute(
                "actionLinks",
                plan.areas().stream()
                        .flatMap(area -> area.actions().stream())
                        .filter(a -> benefit.actionIds().contains(a.actionId()))
                        .map(a -> new Option(a.actionId(), a.ref() + " " + a.title()))
                        .toList());
        model.addAttribute("measurements", measurements);
        model.addAttribute("chart", benefit.type().isMeasuredByValue() ? chart(benefit, measurements) : null);
        model.addAttribute(
                "timeline", Timeline.of(history, Formats.unitOf(benefit.type(), benefit.unit()), clock.getZone()));
        model.addAttribute(
                "rags",
                List.of(
                        new Option("GREEN", Words.rag(Rag.GREEN)),
                        new Option("AMBER", Words.rag(Rag.AMBER)),
                        new Option("RED", Words.rag(Rag.RED))));
        model.addAttribute("today", today.toString());
        return "benefit";
    }

    @PostMapping("/benefits/{benefitId}/measurements")
    String recordMeasurement(
            @PathVariable String benefitId,
            @Valid @ModelAttribute("measurementForm") MeasurementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            var recorded = commands.send(
                    new RecordMeasurement(
                            benefitId,
                            UUID.randomUUID().toString(),
                            form.getEffectiveDate(),
                            form.getValue(),
                            blankToNull(form.getEvidence()),
                            form.getSource()),
                    result);
            if (recorded.isPresent()) {
                return recordedRedirect(benefitId, "The measurement is recorded.", redirect);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, "measurement-"));
        return show(benefitId, model);
    }

    @PostMapping("/benefits/{benefitId}/corrections")
    String correctMeasurement(
            @PathVariable String benefitId,
            @Valid @ModelAttribute("correctionForm") CorrectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            var recorded = commands.send(
                    new CorrectMeasurement(
                            benefitId,
                            form.getMeasurementId(),
                            form.getValue(),
                            blankToNull(form.getEvidence()),
                            form.getEffectiveDate(),
                            form.getReason()),
                    result);
            if (recorded.isPresent()) {
                return recordedRedirect(benefitId, "The correction is recorded.", redirect);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, "correction-"));
        return show(benefitId, model);
    }

    @PostMapping("/benefits/{benefitId}/rag")
    String assessRag(
            @PathVariable String benefitId,
            @Valid @ModelAttribute("ragForm") RagForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            var recorded = commands.send(
                    new AssessRag(benefitId, form.getRag(), form.getEffectiveDate(), form.getRationale()), result);
            if (recorded.isPresent()) {
                return recordedRedirect(
                        benefitId,
                        "The RAG assessment " + Words.rag(form.getRag()).toLowerCase() + " is recorded.",
                        redirect);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, "rag-"));
        return show(benefitId, model);
    }

    private String recordedRedirect(String benefitId, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/benefits/" + benefitId;
    }

    private History history(String benefitId) {
        History history =
                queries.one(new FindHistory(benefitId), History.class, "There is no benefit " + benefitId + ".");
        if (history.kind() != ItemKind.BENEFIT) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no benefit " + benefitId + ".");
        }
        return history;
    }

    /** Each measurement as it now reads: a correction carries the whole corrected measurement. */
    static List<Measurement> measurements(History history, String unit) {
        Map<String, Measurement> byId = new LinkedHashMap<>();
        for (History.Entry entry : history.entries()) {
            boolean recorded = entry.event().equals("MeasurementRecorded");
            boolean corrected = entry.event().equals("MeasurementCorrected");
            if (recorded || corrected) {
                Measurement before = byId.get(entry.measurementId());
                String source = entry.source() != null ? entry.source() : before == null ? null : before.source();
                byId.put(
                        entry.measurementId(),
                        new Measurement(
                                entry.measurementId(),
                                entry.effectiveDate(),
                                Formats.date(entry.effectiveDate()),
                                entry.value(),
                                Timeline.said(entry.value(), entry.evidence(), unit),
                                source,
                                corrected));
            }
        }
        List<Measurement> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(Measurement::effectiveDate));
        return list;
    }

    private static Chart chart(BenefitView benefit, List<Measurement> measurements) {
        return new Chart(
                Formats.unitOf(benefit.type(), benefit.unit()),
                measurements.stream().map(m -> m.effectiveDate().toString()).toList(),
                measurements.stream().map(Measurement::value).toList(),
                benefit.baseline() == null ? null : benefit.baseline().value(),
                benefit.target() == null ? null : benefit.target().value());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
