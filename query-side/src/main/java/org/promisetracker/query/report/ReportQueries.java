package org.promisetracker.query.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.report.ReportPublished;
import org.promisetracker.api.view.CheckFingerprint;
import org.promisetracker.api.view.Evidence;
import org.promisetracker.api.view.FindReport;
import org.promisetracker.api.view.FindReports;
import org.promisetracker.api.view.FindRestatements;
import org.promisetracker.api.view.Fingerprint;
import org.promisetracker.api.view.FingerprintCheck;
import org.promisetracker.api.view.PlanItems;
import org.promisetracker.api.view.ReportList;
import org.promisetracker.api.view.ReportView;
import org.promisetracker.api.view.Restatements.Restatement;
import org.promisetracker.api.view.Verification;
import org.promisetracker.api.view.VerifyReport;
import org.promisetracker.platform.axon.EventChain;
import org.promisetracker.query.evidence.ChainWalk;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.promisetracker.query.replay.ReportReplay;
import org.springframework.stereotype.Component;

/**
 * Reports as frozen, their verification by replaying the log and walking its chain, the report a
 * paper's fingerprint names, and what has been restated since.
 */
@Component
class ReportQueries {

    private final ReadSchemas schemas;
    private final StoredReports reports;
    private final ReportReplay replay;
    private final Restatements restatements;
    private final ChainWalk chain;
    private final Clock clock;

    ReportQueries(
            ReadSchemas schemas,
            StoredReports reports,
            ReportReplay replay,
            Restatements restatements,
            ChainWalk chain,
            Clock clock) {
        this.schemas = schemas;
        this.reports = reports;
        this.replay = replay;
        this.restatements = restatements;
        this.chain = chain;
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
        return reports.find(schemas.live(), query.reportId()).map(this::verify).orElse(null);
    }

    /**
     * The report a paper's fingerprint names. Sixteen hex digits name one report in about four
     * billion; should two ever share them, the first published is the one found, and the full
     * fingerprint tells them apart.
     */
    @QueryHandler
    FingerprintCheck handle(CheckFingerprint query) {
        return reports.byFingerprint(schemas.live(), query.digits(), query.planId()).stream()
                .findFirst()
                .map(stored -> {
                    ReportSnapshot snapshot = stored.snapshot();
                    Verification verification = verify(stored);
                    return new FingerprintCheck(
                            true,
                            stored.reportId(),
                            stored.planId(),
                            snapshot.title(),
                            snapshot.committee(),
                            snapshot.reportDate(),
                            snapshot.publishedAt(),
                            verification.matches(),
                            verification.chainIntact(),
                            stored.sha256(),
                            new Fingerprint(stored.sha256()).shortForm(),
                            verification.chainBroken());
                })
                .orElseGet(FingerprintCheck::notFound);
    }

    private Verification verify(StoredReports.Stored stored) {
        ReportSnapshot frozen = stored.snapshot();
        ReportReplay.Replayed replayed = replay.upTo(stored.planId(), stored.position(), stored.excludedPositions());
        ReportPublished published = new ReportPublished(
                frozen.reportId(), frozen.planId(), frozen.committee(), frozen.reportDate(), frozen.title());
        PlanItems items = replayed.fold().items(ReportSnapshot.cut(published, frozen.publishedAt(), stored.position()));
        String sha256 =
                CanonicalJson.sha256(CanonicalJson.write(ReportSnapshot.of(published, frozen.publishedAt(), items)));
        Evidence.Broken broken = replayed.chain() == null ? null : chainBroken(stored, replayed.chain());
        return new Verification(
                stored.reportId(),
                sha256.equals(stored.sha256()),
                sha256,
                stored.sha256(),
                replayed.eventsRead(),
                replayed.chain() == null ? null : broken == null,
                broken);
    }

    /** The first event up to the report that is not as chained, or the report's own place in the chain changed. */
    private Evidence.Broken chainBroken(StoredReports.Stored stored, EventChain.Walk walked) {
        if (walked.firstBroken() != null) {
            return walked.firstBroken();
        }
        if (stored.chainHash() == null
                || !stored.chainOrdinal().equals(walked.lastOrdinal())
                || !Arrays.equals(stored.chainHash(), walked.lastHash())) {
            return new Evidence.Broken(
                    stored.position(),
                    chain.eventAt(stored.position()),
                    "The plan's chain at the report is not the one recorded when the report was frozen "
                            + "(its event " + stored.chainOrdinal() + ", " + ChainWalk.hex(stored.chainHash())
                            + "): the log up to the report was rewritten.");
        }
        return null;
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
                stored.canonicalJson(),
                ChainWalk.hex(stored.chainHash()));
    }
}
