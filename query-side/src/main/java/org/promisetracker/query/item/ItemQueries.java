package org.promisetracker.query.item;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.view.ActionDetail;
import org.promisetracker.api.view.ActionLabel;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitDetail;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindAction;
import org.promisetracker.api.view.FindBenefit;
import org.promisetracker.api.view.PlanHeader;
import org.promisetracker.query.asat.AsAt;
import org.promisetracker.query.asat.SqlPlanItems;
import org.promisetracker.query.parked.ParkedEvents;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One action or one benefit as its page shows it, as at any date and as known at any instant. Reads
 * the item's own rows, by the same as-at rules as the plan's dashboard, and of the rest of the plan
 * only its actions' labels: a page about one item costs a few index seeks, not the whole plan.
 */
@Component
class ItemQueries {

    private record ActionRow(String planId, String planTitle, PlanHeader.AreaHeader area) {}

    private record BenefitRow(String planId, String planTitle, List<String> actionIds) {}

    private final JdbcClient jdbc;
    private final ReadSchemas schemas;
    private final SqlPlanItems items;
    private final Measurements measurements;
    private final ParkedEvents parked;

    ItemQueries(
            JdbcClient jdbc, ReadSchemas schemas, SqlPlanItems items, Measurements measurements, ParkedEvents parked) {
        this.jdbc = jdbc;
        this.schemas = schemas;
        this.items = items;
        this.measurements = measurements;
        this.parked = parked;
    }

    @QueryHandler
    ActionDetail handle(FindAction query) {
        String schema = schemas.live();
        Optional<ActionRow> row = actionRow(schema, query.actionId());
        if (row.isEmpty()) {
            return null;
        }
        AsAt asAt = AsAt.of(query.asAt(), query.knownAt());
        ActionView action = items.action(schema, query.actionId(), asAt).orElse(null);
        List<ActionLabel> labels = items.actionLabels(schema, row.get().planId(), asAt);
        ActionLabel successor = action == null || action.supersededBy() == null
                ? null
                : labels.stream()
                        .filter(label -> label.actionId().equals(action.supersededBy()))
                        .findFirst()
                        .orElse(null);
        return new ActionDetail(
                row.get().planId(),
                row.get().planTitle(),
                row.get().area(),
                action,
                successor,
                labels.stream()
                        .filter(label -> !label.actionId().equals(query.actionId()))
                        .toList(),
                parked.ofItem(query.actionId()));
    }

    @QueryHandler
    BenefitDetail handle(FindBenefit query) {
        String schema = schemas.live();
        Optional<BenefitRow> row = benefitRow(schema, query.benefitId());
        if (row.isEmpty()) {
            return null;
        }
        AsAt asAt = AsAt.of(query.asAt(), query.knownAt());
        BenefitView benefit = items.benefit(schema, query.benefitId(), asAt).orElse(null);
        return new BenefitDetail(
                row.get().planId(),
                row.get().planTitle(),
                benefit,
                items.actionLabels(schema, row.get().planId(), asAt).stream()
                        .filter(label -> row.get().actionIds().contains(label.actionId()))
                        .toList(),
                measurements.asKnownAt(schema, query.benefitId(), query.knownAt()),
                parked.ofItem(query.benefitId()));
    }

    private Optional<ActionRow> actionRow(String schema, String actionId) {
        return jdbc.sql("""
                SELECT a.plan_id, p.title, ar.area_id, ar.number, ar.title
                FROM %1$s.action a
                JOIN %1$s.plan p ON p.plan_id = a.plan_id
                JOIN %1$s.area ar ON ar.area_id = a.area_id
                WHERE a.action_id = ?
                """.formatted(schema))
                .param(actionId)
                .query((rs, row) -> new ActionRow(
                        rs.getString(1),
                        rs.getString(2),
                        new PlanHeader.AreaHeader(rs.getString(3), rs.getInt(4), rs.getString(5))))
                .optional();
    }

    private Optional<BenefitRow> benefitRow(String schema, String benefitId) {
        return jdbc.sql("""
                SELECT b.plan_id, p.title, b.action_ids
                FROM %1$s.benefit b
                JOIN %1$s.plan p ON p.plan_id = b.plan_id
                WHERE b.benefit_id = ?
                """.formatted(schema))
                .param(benefitId)
                .query((rs, row) -> new BenefitRow(
                        rs.getString(1),
                        rs.getString(2),
                        List.of(rs.getString(3).split(","))))
                .optional();
    }
}
