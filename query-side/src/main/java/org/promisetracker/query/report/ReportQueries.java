package org.promisetracker.query.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.api.view.FindReport;
import org.promisetracker.api.view.FindReports;
import org.promisetracker.api.view.FindRestatements;
import org.promisetracker.api.view.PlanItems;
import org.promisetracker.api.view.ReportList;
import org.promisetracker.api.view.ReportView;
import org.promisetracker.api.view.Restatements.Restatement;
import org.promisetracker.api.view.Verification;
import org.promisetracker.api.view.VerifyReport;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.promisetracker.query.replay.ReportReplay;
import org.springframework.stereotype.Component;

/** Reports as frozen, their verification by replaying the log, and what has been restated since. */
@Component
class ReportQueries {

    private final ReadSchemas schemas;
    private final StoredReports reports;
    private final ReportReplay replay;
    private final Restatements restatements;
    private final Clock clock;

    ReportQueries(
            ReadSchemas schemas, StoredReports reports, ReportReplay replay, Restatements restatements, Clock clock) {
        this.schemas = schemas;
        this.reports = reports;
        this.replay = replay;
        this.restatements = restatements;
        this.clock = clock;
    }

    @QueryHandler
    ReportList handle(FindReports query) {
        return new ReportList(reports.ofPlan(schemas.live(), query.planId()).stream()
                .map(ReportQueries::view)
                .toList());
    }

    @QueryHandler
    ReportView handle(FindReport query) {
        return reports.find(schemas.live(), query.reportId())
                .map(ReportQueries::view)
                .orElse(null);
    }

    @QueryHandler
    Verification handle(VerifyReport query) {
        return reports.find(schemas.live(), query.reportId())
                .map(stored -> {
                    ReportSnapshot frozen = stored.snapshot();
                    ReportReplay.Replayed replayed =
                            replay.upTo(stored.planId(), stored.position(), stored.excludedPositions());
                    ReportPublished published = new ReportPublished(
                            frozen.reportId(),
                            frozen.planId(),
                            frozen.committee(),
                            frozen.reportDate(),
                            frozen.title());
                    PlanItems items = replayed.fold()
                            .items(ReportSnapshot.cut(published, frozen.publishedAt(), stored.position()));
                    String sha256 = CanonicalJson.sha256(
                            CanonicalJson.write(ReportSnapshot.of(published, frozen.publishedAt(), items)));
                    return new Verification(
                            stored.reportId(),
                            sha256.equals(stored.sha256()),
                            sha256,
                            stored.sha256(),
                            replayed.eventsRead());
                })
                .orElse(null);
    }

    @QueryHandler
    org.promisetracker.api.view.Restatements handle(FindRestatements query) {
        String schema = schemas.live();
        Instant now = clock.instant();
        return reports.find(schema, query.reportId())
                .map(stored -> {
                    ReportSnapshot reported = stored.snapshot();
                    List<Restatement> items = restatements.compare(schema, stored, reported, now);
                    return new org.promisetracker.api.view.Restatements(
                            stored.reportId(), reported.reportDate(), reported.publishedAt(), now, items);
                })
                .orElse(null);
    }

    private static ReportView view(StoredReports.Stored stored) {
        ReportSnapshot snapshot = stored.snapshot();
        return new ReportView(
                snapshot.reportId(),
                snapshot.planId(),
                snapshot.committee(),
                snapshot.reportDate(),
                snapshot.title(),
                snapshot.publishedAt(),
                stored.publishedBy(),
                snapshot.summary(),
                snapshot.items(),
                stored.sha256(),
                stored.canonicalJson());
    }
}
