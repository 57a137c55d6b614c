package org.promisetracker.query.report;

import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.api.view.PlanItems;
import org.promisetracker.query.asat.SqlPlanItems;
import org.promisetracker.query.text.StorableText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/** Freezes a report when it is published: its snapshot in canonical JSON, and the hash of that. */
@Component
public class ReportFreezer {

    private final JdbcClient jdbc;
    private final SqlPlanItems items;

    ReportFreezer(JdbcClient jdbc, SqlPlanItems items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    public void freeze(String schema, ReportPublished report, Instant publishedAt, String publishedBy, long position) {
        PlanItems reported = items.read(schema, report.planId(), ReportSnapshot.cut(report, publishedAt, position));
        String canonical = CanonicalJson.write(ReportSnapshot.of(report, publishedAt, reported));
        jdbc.sql("INSERT INTO " + schema + ".report (report_id, plan_id, committee, report_date, title, published_at, "
                 + "published_by, position, canonical_json, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 + "ON CONFLICT DO NOTHING")
            .params(report.reportId(), report.planId(), StorableText.of(report.committee()), report.reportDate(),
                    StorableText.of(report.title()),
                    Timestamp.from(publishedAt), publishedBy, position, canonical, CanonicalJson.sha256(canonical))
            .update();
    }
}
