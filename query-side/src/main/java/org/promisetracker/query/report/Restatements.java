package org.promisetracker.query.report;

import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.PlanItems;
import org.promisetracker.api.view.Restatements.Aspect;
import org.promisetracker.api.view.Restatements.Change;
import org.promisetracker.api.view.Restatements.Restatement;
import org.promisetracker.query.asat.AsAt;
import org.promisetracker.query.asat.KnownAt;
import org.promisetracker.query.asat.SqlPlanItems;
import org.promisetracker.query.readmodel.FactKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is now known differently, as at a report's date, from what the report said: each action
 * whose status, each benefit whose RAG or latest measurement differs, and each item that now counts
 * but was not in the report; with the events recorded since publication that made the difference.
 */
@Component
public class Restatements {

    public record LastReport(StoredReports.Stored stored, ReportSnapshot snapshot) {

        public PlanDashboard.ReportRef reference() {
            return new PlanDashboard.ReportRef(
                    snapshot.reportId(), snapshot.title(), snapshot.reportDate(), snapshot.publishedAt());
        }
    }

    /**
     * A fact recorded after the report that bears on the plan as at its date: dated on or before
     * it, or a correction moving a measurement that was. Binds {@code :reportDate}, {@code
     * :reportPosition} and {@code :knownAt}.
     */
    private static final String SINCE_REPORT = """
            (f.effective_date <= :reportDate
                   OR f.kind = 'CORRECTION' AND EXISTS (SELECT 1 FROM %1$s.fact m
                           WHERE m.subject_id = f.subject_id AND m.measurement_id = f.measurement_id
                             AND m.position < f.position AND m.effective_date <= :reportDate))
              AND f.position > :reportPosition AND f.recorded_at <= :knownAt""";
    /** Why a fact came after the report: its late reason; a correction's own reason serves. */
    private static final String LATE_REASON =
            "COALESCE(f.late_reason, CASE WHEN f.kind = 'CORRECTION' THEN f.text END)";

    private final JdbcClient jdbc;
    private final SqlPlanItems items;
    private final StoredReports reports;

    Restatements(JdbcClient jdbc, SqlPlanItems items, StoredReports reports) {
        this.jdbc = jdbc;
        this.items = items;
        this.reports = reports;
    }

    public Optional<LastReport> lastReport(String schema, String planId, Instant knownAt) {
        return reports.latest(schema, planId, knownAt).map(stored -> new LastReport(stored, stored.snapshot()));
    }

    /** The ids of the items that now differ from the report; no change history is read. */
    public Set<String> restatedItemIds(String schema, LastReport report, Instant knownAt) {
        return differences(schema, report.snapshot(), knownAt).stream()
                .map(Difference::itemId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Per item of {@code itemIds}, why the facts recorded since the report that bear on its date came
     * late, in the order recorded; items without any are left out.
     */
    public Map<String, List<String>> lateReasons(
            String schema, LastReport report, Set<String> itemIds, Instant knownAt) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> reasons = new TreeMap<>();
        jdbc.sql("""
                SELECT f.subject_id, %2$s FROM %1$s.fact f
                WHERE f.subject_id IN (:subjects) AND f.kind IN ('STATUS', 'RAG', 'MEASUREMENT', 'CORRECTION')
                  AND %3$s AND %2$s IS NOT NULL
                ORDER BY f.position
                """.formatted(schema, LATE_REASON, SINCE_REPORT.formatted(schema)))
                .params(Map.of(
                        "subjects",
                        List.copyOf(itemIds),
                        "reportDate",
                        Date.valueOf(report.snapshot().reportDate()),
                        "reportPosition",
                        report.stored().position(),
                        "knownAt",
                        KnownAt.bind(knownAt)))
                .query(rs -> {
                    List<String> ofItem = reasons.computeIfAbsent(rs.getString(1), id -> new ArrayList<>());
                    if (!ofItem.contains(rs.getString(2))) {
                        ofItem.add(rs.getString(2));
                    }
                });
        return reasons;
    }

    public List<Restatement> compare(
            String schema, StoredReports.Stored stored, ReportSnapshot reported, Instant knownAt) {
        return differences(schema, reported, knownAt).stream()
                .map(difference -> restatement(schema, stored, knownAt, difference))
                .toList();
    }

    /** One item that is now known differently, and the kinds of fact that could have made the difference. */
    private record Difference(
            String itemId,
            ItemKind itemKind,
            String ref,
            String title,
            Aspect aspect,
            String reported,
            String current,
            List<FactKind> kinds) {}

    private List<Difference> differences(String schema, ReportSnapshot reported, Instant knownAt) {
        PlanItems now = items.read(schema, reported.planId(), AsAt.of(reported.reportDate(), knownAt));
        List<Difference> found = new ArrayList<>();
        Map<String, ActionView> reportedActions = byId(reported.items().actions(), ActionView::actionId);
        for (ActionView current : now.actions()) {
            ActionView before = reportedActions.get(current.actionId());
            if (before == null) {
                found.add(new Difference(
                        current.actionId(),
                        ItemKind.ACTION,
                        current.ref(),
                        current.title(),
                        Aspect.PRESENCE,
                        null,
                        current.status().name(),
                        List.of(FactKind.STATUS)));
            } else if (before.status() != current.status()) {
                found.add(new Difference(
                        current.actionId(),
                        ItemKind.ACTION,
                        current.ref(),
                        current.title(),
                        Aspect.STATUS,
                        before.status().name(),
                        current.status().name(),
                        List.of(FactKind.STATUS)));
            }
        }
        Map<String, BenefitView> reportedBenefits = byId(reported.items().benefits(), BenefitView::benefitId);
        for (BenefitView current : now.benefits()) {
            BenefitView before = reportedBenefits.get(current.benefitId());
            if (before == null) {
                found.add(new Difference(
                        current.benefitId(),
                        ItemKind.BENEFIT,
                        null,
                        current.title(),
                        Aspect.PRESENCE,
                        null,
                        current.rag().name(),
                        List.of(FactKind.RAG, FactKind.MEASUREMENT, FactKind.CORRECTION)));
                continue;
            }
            if (before.rag() != current.rag()) {
                found.add(new Difference(
                        current.benefitId(),
                        ItemKind.BENEFIT,
                        null,
                        current.title(),
                        Aspect.RAG,
                        before.rag().name(),
                        current.rag().name(),
                        List.of(FactKind.RAG)));
            }
            if (!sameMeasurement(before.latestMeasurement(), current.latestMeasurement())) {
                found.add(new Difference(
                        current.benefitId(),
                        ItemKind.BENEFIT,
                        null,
                        current.title(),
                        Aspect.MEASUREMENT,
                        describe(before.latestMeasurement()),
                        describe(current.latestMeasurement()),
                        List.of(FactKind.MEASUREMENT, FactKind.CORRECTION)));
            }
        }
        return found;
    }

    private Restatement restatement(
            String schema, StoredReports.Stored stored, Instant knownAt, Difference difference) {
        // a correction counts too when it moves a measurement that was on or before the report date past it
        List<Change> changes = jdbc.sql("""
                SELECT f.event_id, f.kind, f.effective_date, f.recorded_at, f.recorded_by, f.text, %2$s FROM %1$s.fact f
                WHERE f.subject_id = :subject AND f.kind IN (:kinds) AND %3$s
                ORDER BY f.position
                """.formatted(schema, LATE_REASON, SINCE_REPORT.formatted(schema)))
                .params(Map.of(
                        "subject",
                        difference.itemId(),
                        "kinds",
                        difference.kinds().stream().map(FactKind::name).toList(),
                        "reportDate",
                        Date.valueOf(stored.snapshot().reportDate()),
                        "reportPosition",
                        stored.position(),
                        "knownAt",
                        KnownAt.bind(knownAt)))
                .query((rs, row) -> new Change(
                        rs.getString(1),
                        FactKind.of(rs.getString(2)).event(),
                        rs.getDate(3).toLocalDate(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
        return new Restatement(
                difference.itemId(),
                difference.itemKind(),
                difference.ref(),
                difference.title(),
                difference.aspect(),
                difference.reported(),
                difference.current(),
                changes);
    }

    private static boolean sameMeasurement(BenefitView.Measurement before, BenefitView.Measurement now) {
        if (before == null || now == null) {
            return before == now;
        }
        return before.measurementId().equals(now.measurementId())
                && before.effectiveDate().equals(now.effectiveDate())
                && (before.value() == null
                        ? now.value() == null
                        : now.value() != null && before.value().compareTo(now.value()) == 0)
                && Objects.equals(before.evidence(), now.evidence());
    }

    private static String describe(BenefitView.Measurement measurement) {
        if (measurement == null) {
            return null;
        }
        String what = measurement.value() != null
                ? measurement.value().stripTrailingZeros().toPlainString()
                : measurement.evidence();
        return what + " (" + measurement.effectiveDate() + ")";
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
