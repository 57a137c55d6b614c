package org.promisetracker.query.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.summary.FindPlanSummary;
import org.promisetracker.api.summary.PlanSummary;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindPlan;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.FindPlans;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.api.view.PlanItems;
import org.promisetracker.api.view.PlanList;
import org.promisetracker.query.asat.AsAt;
import org.promisetracker.query.asat.SqlPlanItems;
import org.promisetracker.query.parked.ParkedEvents;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.promisetracker.query.report.Restatements;
import org.promisetracker.query.summary.Summaries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Plans, their committee summary and their dashboard, as at any date and as known at any instant. */
@Component
class PlanQueries {

    private final JdbcClient jdbc;
    private final ReadSchemas schemas;
    private final SqlPlanItems items;
    private final Restatements restatements;
    private final SideReads alongside;
    private final ParkedEvents parked;

    PlanQueries(
            JdbcClient jdbc,
            ReadSchemas schemas,
            SqlPlanItems items,
            Restatements restatements,
            SideReads alongside,
            ParkedEvents parked) {
        this.jdbc = jdbc;
        this.schemas = schemas;
        this.items = items;
        this.restatements = restatements;
        this.alongside = alongside;
        this.parked = parked;
    }

    @QueryHandler
    PlanList handle(FindPlans query) {
        String schema = schemas.live();
        return new PlanList(
                jdbc
                        .sql("SELECT plan_id FROM " + schema + ".plan ORDER BY title, plan_id")
                        .query(String.class)
                        .list()
                        .stream()
                        .map(planId -> header(schema, planId).orElseThrow())
                        .toList());
    }

    @QueryHandler
    PlanHeader handle(FindPlan query) {
        return header(schemas.live(), query.planId()).orElse(null);
    }

    @QueryHandler
    PlanSummary handle(FindPlanSummary query) {
        String schema = schemas.live();
        if (header(schema, query.planId()).isEmpty()) {
            return null;
        }
        AsAt asAt = AsAt.of(query.asAt(), query.knownAt());
        return Summaries.of(query.planId(), query.asAt(), query.knownAt(), items.read(schema, query.planId(), asAt));
    }

    @QueryHandler
    PlanDashboard handle(FindPlanDashboard query) {
        String schema = schemas.live();
        Optional<PlanHeader> plan = header(schema, query.planId());
        if (plan.isEmpty()) {
            return null;
        }
        Optional<Restatements.LastReport> lastReport = restatements.lastReport(schema, query.planId(), query.knownAt());
        // the plan as at the report's date, to flag what is now known differently, is a second read
        // as large as the first: it runs beside it, so the dashboard takes one read's time, not two
        CompletableFuture<Restated> restated = lastReport
                .map(report -> alongside.supply(() -> restated(schema, report, query.knownAt())))
                .orElse(CompletableFuture.completedFuture(new Restated(Set.of(), Map.of())));
        PlanItems now = items.read(schema, query.planId(), AsAt.of(query.asAt(), query.knownAt()));
        Map<String, String> areaOfAction = areaOfEveryAction(schema, query.planId());
        Restated since = SideReads.join(restated);
        return new PlanDashboard(
                query.planId(),
                plan.get().title(),
                plan.get().organisation(),
                plan.get().areaLabel(),
                query.asAt(),
                query.knownAt(),
                Summaries.of(query.planId(), query.asAt(), query.knownAt(), now),
                byArea(plan.get(), now, areaOfAction),
                lastReport.map(Restatements.LastReport::reference).orElse(null),
                since.itemIds(),
                since.lateReasons(),
                parked.ofPlan(query.planId()));
    }

    private record Restated(Set<String> itemIds, Map<String, List<String>> lateReasons) {}

    /** What was restated since the report, and why that came late (read only for the items restated). */
    private Restated restated(String schema, Restatements.LastReport report, Instant knownAt) {
        Set<String> itemIds = restatements.restatedItemIds(schema, report, knownAt);
        return new Restated(itemIds, restatements.lateReasons(schema, report, itemIds, knownAt));
    }

    /**
     * Areas in number order, each with its actions and the benefits whose first action is in it. The
     * first action decides even when it does not count yet on the date: the benefit itself may.
     */
    private static List<PlanDashboard.Area> byArea(PlanHeader plan, PlanItems items, Map<String, String> areaOfAction) {
        Map<String, List<ActionView>> actions = new LinkedHashMap<>();
        Map<String, List<BenefitView>> benefits = new HashMap<>();
        for (ActionView action : items.actions()) {
            actions.computeIfAbsent(action.areaId(), id -> new ArrayList<>()).add(action);
        }
        for (BenefitView benefit : items.benefits()) {
            benefit.actionIds().stream()
                    .map(areaOfAction::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .ifPresent(areaId -> benefits.computeIfAbsent(areaId, id -> new ArrayList<>())
                            .add(benefit));
        }
        return plan.areas().stream()
                .map(area -> new PlanDashboard.Area(
                        area.areaId(),
                        area.number(),
                        area.title(),
                        actions.getOrDefault(area.areaId(), List.of()),
                        benefits.getOrDefault(area.areaId(), List.of())))
                .toList();
    }

    private Map<String, String> areaOfEveryAction(String schema, String planId) {
        Map<String, String> areas = new HashMap<>();
        jdbc.sql("SELECT action_id, area_id FROM " + schema + ".action WHERE plan_id = ?")
                .param(planId)
                .query(rs -> {
                    areas.put(rs.getString(1), rs.getString(2));
                });
        return areas;
    }

    private Optional<PlanHeader> header(String schema, String planId) {
        List<PlanHeader.AreaHeader> areas = jdbc.sql(
                        "SELECT area_id, number, title FROM " + schema + ".area WHERE plan_id = ? ORDER BY number")
                .param(planId)
                .query((rs, row) -> new PlanHeader.AreaHeader(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .list();
        return jdbc.sql("SELECT plan_id, title, organisation, start_date, end_date, area_label, recorded_at FROM "
                        + schema + ".plan WHERE plan_id = ?")
                .param(planId)
                .query((rs, row) -> new PlanHeader(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getDate(5).toLocalDate(),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        areas))
                .optional();
    }
}
