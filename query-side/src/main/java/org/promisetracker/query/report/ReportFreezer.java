package org.promisetracker.query.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.api.view.PlanItems;
import org.promisetracker.query.asat.SqlPlanItems;
import org.promisetracker.query.text.StorableText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Freezes a report when it is published: its snapshot in canonical JSON, and the hash of that.
 * <p>
 * The snapshot holds the facts projected before the report. On the embedded event store a
 * transaction numbered before the report may still be open when the report is frozen (a gap in
 * the projection's token); its events come later and are not in the snapshot. Those positions are
 * stored with the report, and verification replays the log without them, so the report verifies
 * as what it was; what they said shows as a restatement since. Once frozen a report is never
 * derived again: a rebuild copies it as it stands.
 */
@Component
public class ReportFreezer {

    private final JdbcClient jdbc;
    private final SqlPlanItems items;

    ReportFreezer(JdbcClient jdbc, SqlPlanItems items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    /**
     * Freezes the report into {@code schema}, or copies it from {@code frozenIn} (the live schema,
     * during a rebuild) when it was frozen there already.
     */
    public void freeze(
            String schema,
            ReportPublished report,
            Instant publishedAt,
            String publishedBy,
            long position,
            Set<Long> openBelow,
            String frozenIn) {
        if (frozenIn != null && !frozenIn.equals(schema) && copied(frozenIn, schema, report.reportId())) {
            return;
        }
        PlanItems reported = items.read(schema, report.planId(), ReportSnapshot.cut(report, publishedAt, position));
        String canonical = CanonicalJson.write(ReportSnapshot.of(report, publishedAt, reported));
        Long[] excluded = openBelow.stream().sorted().toArray(Long[]::new);
        jdbc.sql("INSERT INTO " + schema + ".report (report_id, plan_id, committee, report_date, title, published_at, "
                        + "published_by, position, canonical_json, sha256, excluded_positions, chain_ordinal, chain_hash) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, e.chain_ordinal, e.chain_hash "
                        // the plan's chain head at the report: its own event's place in the chain
                        // (none with Axon Server, whose log is not in this database)
                        + "FROM (SELECT 1) one LEFT JOIN domain_event_entry e ON e.global_index = ? "
                        + "ON CONFLICT DO NOTHING")
                .params(
                        report.reportId(),
                        report.planId(),
                        StorableText.of(report.committee()),
                        report.reportDate(),
                        StorableText.of(report.title()),
                        Timestamp.from(publishedAt),
                        publishedBy,
                        position,
                        canonical,
                        CanonicalJson.sha256(canonical),
                        excluded.length == 0 ? null : excluded,
                        position)
                .update();
    }

    private boolean copied(String from, String to, String reportId) {
        return jdbc.sql("INSERT INTO " + to + ".report SELECT * FROM " + from + ".report WHERE report_id = ? "
                                + "ON CONFLICT DO NOTHING")
                        .param(reportId)
                        .update()
                > 0;
    }
}
