package org.promisetracker.web.page;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.view.BenefitDetail;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindBenefit;
import org.promisetracker.api.view.FindHistory;
import org.promisetracker.api.view.History;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.page.FormFlow.Submission;
import org.promisetracker.web.words.Formats;
import org.promisetracker.web.words.Words;
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
import tools.jackson.databind.json.JsonMapper;

/** A benefit: its measure, RAG and measurements, everything recorded about it, and the officer's forms. */
@Controller
class BenefitPage {

    /** A measurement as its table row and the correction form's choice read it. */
    record Measurement(String measurementId, String date, String said, String source, boolean corrected) {}

    /** What the chart draws: measurements over time against the baseline and the target. */
    record Chart(String unit, List<String> labels, List<BigDecimal> values, BigDecimal baseline, BigDecimal target) {}

    private static final JsonMapper CHART_JSON = JsonMapper.builder().build();

    private final Queries queries;
    private final FormFlow forms;
    private final Clock clock;

    BenefitPage(Queries queries, FormFlow forms, Clock clock) {
        this.queries = queries;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/benefits/{benefitId}")
    String show(@PathVariable String benefitId, Model model) {
        LocalDate today = LocalDate.now(clock);
        if (!model.containsAttribute("measurementForm")) {
            model.addAttribute("measurementForm", MeasurementForm.asAt(today));
        }
        if (!model.containsAttribute("correctionForm")) {
            model.addAttribute("correctionForm", CorrectionForm.empty());
        }
        if (!model.containsAttribute("ragForm")) {
            model.addAttribute("ragForm", RagForm.asAt(today));
        }
        BenefitDetail detail = queries.one(
                new FindBenefit(benefitId, today, Instant.now()),
                BenefitDetail.class,
                "There is no benefit " + benefitId + ".");
        BenefitView benefit = detail.benefit();
        if (benefit == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "The benefit " + benefitId + " does not count in its plan yet.");
        }
        History history =
                queries.one(new FindHistory(benefitId), History.class, "There is no benefit " + benefitId + ".");
        String unit = Formats.unitOf(benefit.type(), benefit.unit());
        model.addAttribute("detail", detail);
        model.addAttribute("parkedBanner", ParkedBanner.of(detail, clock.getZone()));
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
                                        unit)
                                + " at "
                                + Formats.date(benefit.baseline().date()));
        model.addAttribute(
                "target",
                benefit.target() == null
                        ? null
                        : Formats.figure(benefit.target().value(), unit) + " by "
                                + Formats.date(benefit.target().date()));
        BenefitView.Measurement latest = benefit.latestMeasurement();
        model.addAttribute(
                "latest",
                latest == null
                        ? null
                        : Timeline.said(latest.value(), latest.evidence(), unit) + " at "
                                + Formats.date(latest.effectiveDate()));
        model.addAttribute(
                "actionLinks",
                detail.actions().stream()
                        .map(a -> new Option(a.actionId(), a.ref() + " " + a.title()))
                        .toList());
        model.addAttribute(
                "measurements",
                detail.measurements().stream()
                        .map(m -> new Measurement(
                                m.measurementId(),
                                Formats.date(m.effectiveDate()),
                                Timeline.said(m.value(), m.evidence(), unit),
                                m.source(),
                                m.corrected()))
                        .toList());
        Chart chart = benefit.type().isMeasuredByValue() ? chart(benefit, detail.measurements()) : null;
        model.addAttribute("chart", chart);
        // read by /js/benefit-chart.js: the pages run no inline script (Content-Security-Policy)
        model.addAttribute("chartJson", chart == null ? null : CHART_JSON.writeValueAsString(chart));
        model.addAttribute("timeline", Timeline.of(history, unit, clock.getZone()));
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
        return forms.submit(
                result,
                "measurement-",
                () -> new Submission(form.command(benefitId), "/benefits/" + benefitId, "The measurement is recorded."),
                model,
                redirect,
                () -> show(benefitId, model));
    }

    @PostMapping("/benefits/{benefitId}/corrections")
    String correctMeasurement(
            @PathVariable String benefitId,
            @Valid @ModelAttribute("correctionForm") CorrectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                result,
                "correction-",
                () -> new Submission(form.command(benefitId), "/benefits/" + benefitId, "The correction is recorded."),
                model,
                redirect,
                () -> show(benefitId, model));
    }

    @PostMapping("/benefits/{benefitId}/rag")
    String assessRag(
            @PathVariable String benefitId,
            @Valid @ModelAttribute("ragForm") RagForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                result,
                "rag-",
                () -> new Submission(
                        form.command(benefitId),
                        "/benefits/" + benefitId,
                        "The RAG assessment " + Words.rag(form.rag()).toLowerCase() + " is recorded."),
                model,
                redirect,
                () -> show(benefitId, model));
    }

    private static Chart chart(BenefitView benefit, List<BenefitDetail.Measurement> measurements) {
        return new Chart(
                Formats.unitOf(benefit.type(), benefit.unit()),
                measurements.stream().map(m -> m.effectiveDate().toString()).toList(),
                measurements.stream().map(BenefitDetail.Measurement::value).toList(),
                benefit.baseline() == null ? null : benefit.baseline().value(),
                benefit.target() == null ? null : benefit.target().value());
    }
}
