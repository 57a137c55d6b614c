package org.promisetracker.api.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.Target;

/**
 * Everything recorded in a plan as known now, whatever its dates: its structure as defined and
 * every status change, measurement (with its latest correction applied) and RAG assessment, each
 * in the order recorded. What an import compares its rows with, to say what exists unchanged.
 */
public record PlanContents(
        String planId,
        LocalDate startDate,
        LocalDate endDate,
        List<Area> areas,
        List<Action> actions,
        List<Benefit> benefits,
        List<StatusChange> statuses,
        List<Measurement> measurements,
        List<Assessment> assessments) {

    public record Area(String areaId, int number, String title) {}

    public record Action(
            String actionId,
            String areaId,
            String ref,
            String title,
            String leadOfficer,
            LocalDate dueDate,
            String outcomeMeasures,
            List<Foundation> foundations,
            String phase) {}

    public record Benefit(
            String benefitId,
            String ref,
            List<String> actionIds,
            String title,
            BenefitType type,
            String measure,
            String collectionMethod,
            String unit,
            Direction direction,
            Baseline baseline,
            Target target) {}

    public record StatusChange(String actionId, LocalDate effectiveDate, ActionStatus status, String comment) {}

    public record Measurement(
            String benefitId, String measurementId, LocalDate effectiveDate, BigDecimal value, String evidence) {}

    public record Assessment(String benefitId, LocalDate effectiveDate, Rag rag, String rationale) {}
}
