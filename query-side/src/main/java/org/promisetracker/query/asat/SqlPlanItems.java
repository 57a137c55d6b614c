package org.promisetracker.query.asat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.Baseline;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.Target;
import org.promisetracker.api.view.ActionLabel;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.BenefitView.Measurement;
import org.promisetracker.api.view.PlanItems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers "the plan as at D, as known at T" from the fact tables, never by replaying events: per
 * item, an index seek for the latest fact of each kind on or before D among those known at T. The
 * cost grows with the plan's own items and their facts, not with the event log.
 */
@Component
public class SqlPlanItems {

    /** An action counts in its plan from its effective date, once it is known. */
    private static final String ACTION_COUNTS =
            "a.effective_from <= :date AND a.recorded_at <= :knownAt AND a.position < :before";

    private final JdbcClient jdbc;
    private final Cache<Kept, PlanItems> kept;

    SqlPlanItems(
            JdbcClient jdbc, MeterRegistry meters, @Value("${tracker.query.plan-answers-kept:256}") int answersKept) {
        this.jdbc = jdbc;
        this.kept = Caffeine.newBuilder().maximumSize(answersKept).recordStats().build();
        // cache.gets{cache=plan-answers,result=hit|miss}, cache.size, cache.evictions
        CaffeineCacheMetrics.monitor(meters, kept, "plan-answers");
    }

    /**
     * Answers from the fact tables, or the same answer kept from an earlier read while the plan's
     * version is unchanged: a plan changes far less often than its dashboard is read. An answer is
     * kept only when the version read after it is the one read before, so no write of the plan
     * committed while it was being read. A known-at instant at or after the plan's latest recorded
     * row answers as "everything known", which makes "now" one answer until the plan changes.
     */
    public PlanItems read(String schema, String planId, AsAt asAt) {
        Optional<Version> before = version(schema, planId);
        if (before.isEmpty()) {
            return readTables(schema, planId, asAt);
        }
        Kept key = before.get().key(schema, planId, asAt);
        PlanItems answer = kept.getIfPresent(key);
        if (answer != null) {
            return answer;
        }
        answer = readTables(schema, planId, asAt);
        if (version(schema, planId).equals(before)) {
            kept.put(key, answer);
        }
        return answer;
    }

    private PlanItems readTables(String schema, String planId, AsAt asAt) {
        return new PlanItems(actions(schema, "a.plan_id", planId, asAt), benefits(schema, "b.plan_id", planId, asAt));
    }

    private Optional<Version> version(String schema, String planId) {
        return jdbc.sql("SELECT version, last_recorded_at FROM " + schema + ".plan_version WHERE plan_id = ?")
                .param(planId)
                .query((rs, row) -> new Version(rs.getLong(1), rs.getTimestamp(2)))
                .optional();
    }

    /** The plan's version in a read schema, and the latest recorded-at among its rows. */
    private record Version(long version, Timestamp lastRecordedAt) {

        Kept key(String schema, String planId, AsAt asAt) {
            Timestamp knownAt = KnownAt.bind(asAt.knownAt());
            return new Kept(
                    schema,
                    planId,
                    version,
                    asAt.date(),
                    knownAt.before(lastRecordedAt) ? knownAt.toInstant() : null,
                    asAt.beforePosition());
        }
    }

    /** What an answer depends on; {@code knownAt} null is everything recorded so far. */
    private record Kept(String schema, String planId, long version, LocalDate date, Instant knownAt, long before) {}

    /** The action as {@link #read} shows it in its plan, or none while it does not count there. */
    public Optional<ActionView> action(String schema, String actionId, AsAt asAt) {
        return actions(schema, "a.action_id", actionId, asAt).stream().findFirst();
    }

    /** The benefit as {@link #read} shows it in its plan, or none while it does not count there. */
    public Optional<BenefitView> benefit(String schema, String benefitId, AsAt asAt) {
        return benefits(schema, "b.benefit_id", benefitId, asAt).stream().findFirst();
    }

    /** The plan's actions that {@link #read} shows, in the same order, by reference and title only. */
    public List<ActionLabel> actionLabels(String schema, String planId, AsAt asAt) {
        return jdbc.sql("""
                SELECT a.action_id, a.ref, a.title
                FROM %1$s.action a
                JOIN %1$s.area ar ON ar.area_id = a.area_id
                WHERE a.plan_id = :id AND %2$s
                ORDER BY ar.number, a.position
                """.formatted(schema, ACTION_COUNTS))
                .params(parameters(planId, asAt))
                .query((rs, row) -> new ActionLabel(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** {@code scope} is the column that {@code id} selects the actions by: all of a plan's, or one. */
    private List<ActionView> actions(String schema, String scope, String id, AsAt asAt) {
        return jdbc.sql("""
                SELECT a.action_id, a.area_id, a.ref, a.title, a.lead_officer, a.due_date,
                       s.status, s.effective_date AS status_date, s.text AS status_comment, s.superseded_by,
                       n.effective_date AS note_date, n.text AS note_text
                FROM %1$s.action a
                JOIN %1$s.area ar ON ar.area_id = a.area_id
                LEFT JOIN LATERAL (SELECT f.status, f.effective_date, f.text, f.superseded_by FROM %1$s.fact f
                                   WHERE f.subject_id = a.action_id AND f.kind = 'STATUS' AND f.effective_date <= :date
                                     AND f.recorded_at <= :knownAt AND f.position < :before
                                   ORDER BY f.effective_date DESC, f.position DESC LIMIT 1) s ON true
                LEFT JOIN LATERAL (SELECT f.effective_date, f.text FROM %1$s.fact f
                                   WHERE f.subject_id = a.action_id AND f.kind = 'NOTE' AND f.effective_date <= :date
                                     AND f.recorded_at <= :knownAt AND f.position < :before
                                   ORDER BY f.effective_date DESC, f.position DESC LIMIT 1) n ON true
                WHERE %2$s = :id AND %3$s
                ORDER BY ar.number, a.position
                """.formatted(schema, scope, ACTION_COUNTS))
                .params(parameters(id, asAt))
                .query((rs, row) -> action(rs, asAt.date()))
                .list();
    }

    private static ActionView action(ResultSet rs, LocalDate asAt) throws SQLException {
        LocalDate due = date(rs, "due_date");
        String status = rs.getString("status");
        ActionStatus current = status == null ? ActionStatus.NOT_STARTED : ActionStatus.valueOf(status);
        LocalDate noteDate = date(rs, "note_date");
        return new ActionView(
                rs.getString("action_id"),
                rs.getString("area_id"),
                rs.getString("ref"),
                rs.getString("title"),
                rs.getString("lead_officer"),
                due,
                current,
                date(rs, "status_date"),
                rs.getString("status_comment"),
                rs.getString("superseded_by"),
                noteDate == null ? null : new ActionView.Note(noteDate, rs.getString("note_text")),
                Overdue.on(asAt, due, current));
    }

    private List<BenefitView> benefits(String schema, String scope, String id, AsAt asAt) {
        Map<String, List<Measurement>> measurements = latestTwoMeasurements(schema, scope, id, asAt);
        return jdbc.sql("""
                SELECT b.*, r.rag, r.effective_date AS rag_date, r.text AS rationale
                FROM %1$s.benefit b
                LEFT JOIN LATERAL (SELECT f.rag, f.effective_date, f.text FROM %1$s.fact f
                                   WHERE f.subject_id = b.benefit_id AND f.kind = 'RAG' AND f.effective_date <= :date
                                     AND f.recorded_at <= :knownAt AND f.position < :before
                                   ORDER BY f.effective_date DESC, f.position DESC LIMIT 1) r ON true
                WHERE %2$s = :id AND b.effective_from <= :date
                  AND b.recorded_at <= :knownAt AND b.position < :before
                ORDER BY b.position
                """.formatted(schema, scope))
                .params(parameters(id, asAt))
                .query((rs, row) -> benefit(rs, measurements.getOrDefault(rs.getString("benefit_id"), List.of())))
                .list();
    }

    private static BenefitView benefit(ResultSet rs, List<Measurement> latestFirst) throws SQLException {
        Direction direction = Direction.valueOf(rs.getString("direction"));
        Measurement latest = latestFirst.isEmpty() ? null : latestFirst.get(0);
        Measurement previous = latestFirst.size() < 2 ? null : latestFirst.get(1);
        LocalDate baselineDate = date(rs, "baseline_date");
        LocalDate targetDate = date(rs, "target_date");
        String rag = rs.getString("rag");
        return new BenefitView(
                rs.getString("benefit_id"),
                rs.getString("ref"),
                Arrays.asList(rs.getString("action_ids").split(",")),
                rs.getString("title"),
                BenefitType.valueOf(rs.getString("type")),
                rs.getString("unit"),
                direction,
                baselineDate == null
                        ? null
                        : new Baseline(
                                rs.getBigDecimal("baseline_value"), rs.getString("baseline_evidence"), baselineDate),
                targetDate == null ? null : new Target(rs.getBigDecimal("target_value"), targetDate),
                rag == null ? Rag.NOT_ASSESSED : Rag.valueOf(rag),
                date(rs, "rag_date"),
                rs.getString("rationale"),
                latest,
                previous,
                Trends.between(previous, latest, direction));
    }

    /**
     * Per benefit, the two latest measurements effective on or before D, each as known at T (its
     * latest correction known then, else itself). Corrections are rare, so this does not rank every
     * measurement of the plan: per benefit, an index walk down the effective dates yields the two
     * latest measurements not corrected by T (a probe of the measurement's own corrections each),
     * and the benefit's corrected measurements, resolved to their latest known correction, join them
     * as candidates. Ties go to the measurement recorded later. Every lookup is an index seek by the
     * benefit or the measurement: the plan's corrections are never gathered and scanned per benefit,
     * which had made this the slowest query of the read (docs/PERFORMANCE.md).
     */
    private Map<String, List<Measurement>> latestTwoMeasurements(String schema, String scope, String id, AsAt asAt) {
        Map<String, List<Measurement>> byBenefit = new HashMap<>();
        jdbc.sql("""
                SELECT t.subject_id, t.measurement_id, t.effective_date, t.value, t.evidence, t.source
                FROM %1$s.benefit b
                CROSS JOIN LATERAL (
                    SELECT * FROM (
                        (SELECT m.subject_id, m.measurement_id, m.effective_date, m.value, m.evidence, m.source,
                                m.position AS first_position
                         FROM %1$s.fact m
                         WHERE m.subject_id = b.benefit_id AND m.kind = 'MEASUREMENT' AND m.effective_date <= :date
                           AND m.recorded_at <= :knownAt AND m.position < :before
                           AND NOT EXISTS (SELECT 1 FROM %1$s.fact c
                                           WHERE c.measurement_id = m.measurement_id AND c.subject_id = m.subject_id
                                             AND c.kind = 'CORRECTION' AND c.recorded_at <= :knownAt
                                             AND c.position < :before)
                         ORDER BY m.effective_date DESC, m.position DESC
                         LIMIT 2)
                        UNION ALL
                        (SELECT l.subject_id, l.measurement_id, l.effective_date, l.value, l.evidence, l.source,
                                (SELECT min(o.position) FROM %1$s.fact o
                                 WHERE o.measurement_id = l.measurement_id AND o.subject_id = l.subject_id) AS first_position
                         FROM (SELECT DISTINCT ON (c.measurement_id) c.subject_id, c.measurement_id, c.effective_date,
                                      c.value, c.evidence, c.source
                               FROM %1$s.fact c
                               WHERE c.subject_id = b.benefit_id AND c.kind = 'CORRECTION'
                                 AND c.recorded_at <= :knownAt AND c.position < :before
                               ORDER BY c.measurement_id, c.position DESC) l
                         WHERE l.effective_date <= :date)
                    ) candidates
                    ORDER BY effective_date DESC, first_position DESC
                    LIMIT 2) t
                WHERE %2$s = :id
                ORDER BY t.subject_id, t.effective_date DESC, t.first_position DESC
                """.formatted(schema, scope)).params(parameters(id, asAt)).query(rs -> {
            byBenefit
                    .computeIfAbsent(rs.getString("subject_id"), benefit -> new ArrayList<>())
                    .add(new Measurement(
                            rs.getString("measurement_id"),
                            date(rs, "effective_date"),
                            rs.getBigDecimal("value"),
                            rs.getString("evidence"),
                            rs.getString("source")));
        });
        return byBenefit;
    }

    /**
     * PostgreSQL keeps microseconds and the driver rounds a timestamp's nanoseconds to the nearest
     * one, so a {@code knownAt} a nanosecond before an event would be rounded up to it and count the
     * event. Truncated, "recorded at or before knownAt" stays exact: no recorded_at is finer.
     */
    private static Map<String, Object> parameters(String id, AsAt asAt) {
        return Map.of(
                "id",
                id,
                "date",
                Date.valueOf(asAt.date()),
                "knownAt",
                KnownAt.bind(asAt.knownAt()),
                "before",
                asAt.beforePosition());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
