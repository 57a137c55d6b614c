package org.promisetracker.app.demo;

import static org.promisetracker.app.demo.DemoPlan.id;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.action.RecordProgressNote;
import org.promisetracker.api.benefit.AddBenefit;
import org.promisetracker.api.benefit.AssessRag;
import org.promisetracker.api.benefit.CorrectMeasurement;
import org.promisetracker.api.benefit.RecordMeasurement;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.plan.CreatePlan;
import org.promisetracker.api.report.PublishReport;
import org.promisetracker.app.demo.PlanFile.Action;
import org.promisetracker.app.demo.PlanFile.Area;
import org.promisetracker.app.demo.PlanFile.Assessment;
import org.promisetracker.app.demo.PlanFile.Benefit;
import org.promisetracker.app.demo.PlanFile.Correction;
import org.promisetracker.app.demo.PlanFile.Fact;
import org.promisetracker.app.demo.PlanFile.Measurement;
import org.promisetracker.app.demo.PlanFile.Note;
import org.promisetracker.app.demo.PlanFile.Report;
import org.promisetracker.app.demo.PlanFile.Status;

/**
 * Turns a plan's data file into its commands: the plan, all its areas, their actions, the benefits,
 * then the history as written. Refs, benefit keys and sources are checked on the way, so a typo in a
 * data file fails its unit test rather than the start-up.
 */
final class PlanCommands {

    private final String key;
    private final PlanFile file;
    private final String planId;
    private final Set<String> refs = new HashSet<>();
    private final Set<String> benefitKeys = new HashSet<>();
    private final Set<String> measurementIds = new HashSet<>();

    private PlanCommands(String key, PlanFile file) {
        this.key = key;
        this.file = file;
        this.planId = id(key);
    }

    static DemoPlan of(String key, PlanFile file) {
        return new DemoPlan(key, new PlanCommands(key, file).commands());
    }

    private List<Object> commands() {
        List<Object> commands = new ArrayList<>();
        commands.add(new CreatePlan(
                planId, file.title(), file.organisation(), file.startDate(), file.endDate(), file.areaLabel()));
        for (Area area : file.areas()) {
            commands.add(new AddArea(planId, areaId(area), area.number(), area.title()));
        }
        for (Area area : file.areas()) {
            area.actions().forEach(action -> commands.add(addAction(area, action)));
        }
        file.benefits().forEach(benefit -> commands.add(addBenefit(benefit)));
        file.history().forEach(fact -> commands.add(command(fact)));
        return commands;
    }

    private AddAction addAction(Area area, Action action) {
        if (!refs.add(action.ref())) {
            throw new IllegalArgumentException("Action " + action.ref() + " is declared twice");
        }
        return new AddAction(
                actionId(action.ref()),
                planId,
                areaId(area),
                action.ref(),
                action.title(),
                action.leadOfficer(),
                action.timescale().atEndOfMonth(),
                action.outcomeMeasures() == null ? null : String.join("\n", action.outcomeMeasures()),
                action.effectiveFrom(),
                action.foundations(),
                action.phase());
    }

    private AddBenefit addBenefit(Benefit benefit) {
        if (!benefitKeys.add(benefit.key())) {
            throw new IllegalArgumentException("Benefit " + benefit.key() + " is declared twice");
        }
        return new AddBenefit(
                benefitId(benefit.key()),
                planId,
                benefit.ref(),
                benefit.actions().stream().map(this::knownActionId).toList(),
                benefit.title(),
                benefit.type(),
                benefit.measure(),
                benefit.collectionMethod(),
                benefit.dataSource(),
                benefit.unit(),
                benefit.direction(),
                benefit.baseline(),
                benefit.target(),
                null);
    }

    private Object command(Fact fact) {
        if (fact instanceof Status status) {
            return new ChangeActionStatus(
                    knownActionId(status.action()),
                    status.status(),
                    status.on(),
                    status.comment(),
                    successorId(status),
                    status.lateReason());
        }
        if (fact instanceof Note note) {
            return new RecordProgressNote(knownActionId(note.action()), note.on(), note.text(), note.lateReason());
        }
        if (fact instanceof Measurement measurement) {
            return recordMeasurement(measurement);
        }
        if (fact instanceof Assessment assessment) {
            return new AssessRag(
                    knownBenefitId(assessment.benefit()),
                    assessment.rag(),
                    assessment.on(),
                    assessment.rationale(),
                    assessment.lateReason());
        }
        if (fact instanceof Correction correction) {
            return correctMeasurement(correction);
        }
        Report report = (Report) fact;
        return new PublishReport(
                id(key + "/report/" + report.reportDate()),
                planId,
                report.committee(),
                report.reportDate(),
                report.title());
    }

    private String successorId(Status status) {
        if (status.supersededBy() == null) {
            return null;
        }
        if (status.status() != ActionStatus.SUPERSEDED) {
            throw new IllegalArgumentException(
                    "Action " + status.action() + " names a successor but is not superseded on " + status.on());
        }
        return knownActionId(status.supersededBy());
    }

    private RecordMeasurement recordMeasurement(Measurement measurement) {
        String benefitId = knownBenefitId(measurement.benefit());
        String measurementId = measurementId(measurement.benefit(), measurement.on());
        if (!measurementIds.add(measurementId)) {
            throw new IllegalArgumentException(measurement.benefit() + " is measured twice on " + measurement.on());
        }
        return new RecordMeasurement(
                benefitId,
                measurementId,
                measurement.on(),
                measurement.value(),
                measurement.evidence(),
                knownSource(measurement.source()),
                measurement.lateReason());
    }

    private CorrectMeasurement correctMeasurement(Correction correction) {
        String benefitId = knownBenefitId(correction.benefit());
        String measurementId = measurementId(correction.benefit(), correction.measuredOn());
        if (!measurementIds.contains(measurementId)) {
            throw new IllegalArgumentException(
                    "No measurement of " + correction.benefit() + " on " + correction.measuredOn() + " to correct");
        }
        return new CorrectMeasurement(benefitId, measurementId, correction.value(), null, null, correction.reason());
    }

    private String areaId(Area area) {
        return id(key + "/area/" + area.number());
    }

    private String actionId(String ref) {
        return id(key + "/action/" + ref);
    }

    private String knownActionId(String ref) {
        if (!refs.contains(ref)) {
            throw new IllegalArgumentException("No action " + ref + " in " + key);
        }
        return actionId(ref);
    }

    private String benefitId(String benefitKey) {
        return id(key + "/benefit/" + benefitKey);
    }

    private String knownBenefitId(String benefitKey) {
        if (!benefitKeys.contains(benefitKey)) {
            throw new IllegalArgumentException("No benefit " + benefitKey + " in " + key);
        }
        return benefitId(benefitKey);
    }

    private String measurementId(String benefitKey, LocalDate date) {
        return id(key + "/benefit/" + benefitKey + "/measurement/" + date);
    }

    private String knownSource(String sourceKey) {
        String source = file.sources().get(sourceKey);
        if (source == null) {
            throw new IllegalArgumentException("No source " + sourceKey + " in " + key);
        }
        return source;
    }
}
