package org.promisetracker.query.contents;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.Foundation;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.Target;
import org.promisetracker.api.view.FindPlanContents;
import org.promisetracker.api.view.PlanContents;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A plan's contents as known now, for an import to match its rows against: six reads by plan, each
 * an index range (the tables' plan indexes), in the order recorded.
 */
@Component
class ContentsQueries {

    private final JdbcClient jdbc;
    private final ReadSchemas schemas;

    ContentsQueries(JdbcClient jdbc, ReadSchemas schemas) {
        this.jdbc = jdbc;
        this.schemas = schemas;
    }

    @QueryHandler
    PlanContents handle(FindPlanContents query) {
        String schema = schemas.live();
        String planId = query.planId();
        List<LocalDate[]> dates = jdbc.sql(
                        "SELECT start_date, end_date FROM %s.plan WHERE plan_id = ?".formatted(schema))
                .param(planId)
                .query((rs, row) -> new LocalDate[] {date(rs, "start_date"), date(rs, "end_date")})
                .list();
        if (dates.isEmpty()) {
            return null;
        }
        List<PlanContents.Area> areas = jdbc.sql(
                        "SELECT area_id, number, title FROM %s.area WHERE plan_id = ? ORDER BY number"
                                .formatted(schema))
                .param(planId)
                .query((rs, row) -> new PlanContents.Area(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .list();
        List<PlanContents.Action> actions = jdbc.sql("""
                        SELECT action_id, area_id, ref, title, lead_officer, due_date, outcome_measures, foundations, phase
                        FROM %s.action WHERE plan_id = ? ORDER BY position""".formatted(schema))
                .param(planId)
                .query((rs, row) -> new PlanContents.Action(
                        rs.getString("action_id"),
                        rs.getString("area_id"),
                        rs.getString("ref"),
                        rs.getString("title"),
                        rs.getString("lead_officer"),
                        date(rs, "due_date"),
                        rs.getString("outcome_measures"),
                        foundations(rs.getString("foundations")),
                        rs.getString("phase")))
                .list();
        List<PlanContents.Benefit> benefits = jdbc.sql(
                        "SELECT * FROM %s.benefit WHERE plan_id = ? ORDER BY position".formatted(schema))
                .param(planId)
                .query((rs, row) -> benefit(rs))
                .list();
        List<PlanContents.StatusChange> statuses = new java.util.ArrayList<>();
        Map<String, PlanContents.Measurement> measurements = new LinkedHashMap<>();
        List<PlanContents.Assessment> assessments = new java.util.ArrayList<>();
        jdbc.sql("""
                SELECT kind, subject_id, effective_date, status, rag, measurement_id, value, evidence, text
                FROM %s.fact WHERE plan_id = ? AND kind IN ('STATUS', 'MEASUREMENT', 'CORRECTION', 'RAG')
                ORDER BY position""".formatted(schema)).param(planId).query(rs -> {
            String subject = rs.getString("subject_id");
            LocalDate effective = date(rs, "effective_date");
            switch (rs.getString("kind")) {
                case "STATUS" ->
                    statuses.add(new PlanContents.StatusChange(
                            subject, effective, ActionStatus.valueOf(rs.getString("status")), rs.getString("text")));
                case "RAG" ->
                    assessments.add(new PlanContents.Assessment(
                            subject, effective, Rag.valueOf(rs.getString("rag")), rs.getString("text")));
                default ->
                    measurements.put(
                            rs.getString("measurement_id"),
                            new PlanContents.Measurement(
                                    subject,
                                    rs.getString("measurement_id"),
                                    effective,
                                    rs.getBigDecimal("value"),
                                    rs.getString("evidence")));
            }
        });
        return new PlanContents(
                planId,
                dates.get(0)[0],
                dates.get(0)[1],
                areas,
                actions,
                benefits,
                statuses,
                List.copyOf(measurements.values()),
                assessments);
    }

    private static PlanContents.Benefit benefit(ResultSet rs) throws SQLException {
        LocalDate baselineDate = date(rs, "baseline_date");
        LocalDate targetDate = date(rs, "target_date");
        BigDecimal targetValue = rs.getBigDecimal("target_value");
        return new PlanContents.Benefit(
                rs.getString("benefit_id"),
                rs.getString("ref"),
                Arrays.asList(rs.getString("action_ids").split(",")),
                rs.getString("title"),
                BenefitType.valueOf(rs.getString("type")),
                rs.getString("measure"),
                rs.getString("collection_method"),
                rs.getString("unit"),
                Direction.valueOf(rs.getString("direction")),
                baselineDate == null
                        ? null
                        : new Baseline(
                                rs.getBigDecimal("baseline_value"), rs.getString("baseline_evidence"), baselineDate),
                targetDate == null ? null : new Target(targetValue, targetDate));
    }

    private static List<Foundation> foundations(String column) {
        return column == null || column.isBlank()
                ? List.of()
                : Arrays.stream(column.split(",")).map(Foundation::valueOf).toList();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
