package org.promisetracker.query.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.promisetracker.api.action.ActionAdded;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.ActionStatusChanged;
import org.promisetracker.api.action.ProgressNoteRecorded;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.api.benefit.MeasurementCorrected;
import org.promisetracker.api.benefit.MeasurementRecorded;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.benefit.RagAssessed;
import org.promisetracker.api.plan.AreaAdded;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.BenefitView.Measurement;
import org.promisetracker.api.view.PlanItems;
import org.promisetracker.query.asat.AsAt;
import org.promisetracker.query.asat.Overdue;
import org.promisetracker.query.asat.Trends;

/**
 * One plan's events folded in memory, answering the same as-at questions as the projection tables
 * without touching them. The audit path (report verification) and the yardstick the indexed reads
 * are tested against; never the serving path.
 */
public final class PlanFold {

    private record Stamp(Instant recordedAt, long position) {}

    private record Dated<T>(T event, LocalDate effectiveDate, Stamp stamp) {}

    private final String planId;
    private final Map<String, Dated<AreaAdded>> areas = new HashMap<>();
    private final Map<String, Dated<ActionAdded>> actions = new LinkedHashMap<>();
    private final Map<String, Dated<BenefitAdded>> benefits = new LinkedHashMap<>();
    private final Map<String, List<Dated<ActionStatusChanged>>> statuses = new HashMap<>();
    private final Map<String, List<Dated<ProgressNoteRecorded>>> notes = new HashMap<>();
    private final Map<String, List<Dated<RagAssessed>>> rags = new HashMap<>();
    /** Per benefit, per measurement id, its versions in log order: the original, then corrections. */
    private final Map<String, Map<String, List<Dated<Measurement>>>> measurements = new HashMap<>();

    public PlanFold(String planId) {
        this.planId = planId;
    }

    /** Folds one event of the log; events of other plans are ignored. Returns whether it was this plan's. */
    public boolean apply(Object event, Instant recordedAt, long position) {
        Stamp stamp = new Stamp(recordedAt, position);
        if (event instanceof AreaAdded e && e.planId().equals(planId)) {
            areas.put(e.areaId(), new Dated<>(e, null, stamp));
        } else if (event instanceof ActionAdded e && e.planId().equals(planId)) {
            actions.put(e.actionId(), new Dated<>(e, e.effectiveFrom(), stamp));
        } else if (event instanceof BenefitAdded e && e.planId().equals(planId)) {
            benefits.put(e.benefitId(), new Dated<>(e, e.effectiveFrom(), stamp));
        } else if (event instanceof ActionStatusChanged e && e.planId().equals(planId)) {
            statuses.computeIfAbsent(e.actionId(), id -> new ArrayList<>())
                    .add(new Dated<>(e, e.effectiveDate(), stamp));
        } else if (event instanceof ProgressNoteRecorded e && e.planId().equals(planId)) {
            notes.computeIfAbsent(e.actionId(), id -> new ArrayList<>()).add(new Dated<>(e, e.effectiveDate(), stamp));
        } else if (event instanceof RagAssessed e && e.planId().equals(planId)) {
            rags.computeIfAbsent(e.benefitId(), id -> new ArrayList<>()).add(new Dated<>(e, e.effectiveDate(), stamp));
        } else if (event instanceof MeasurementRecorded e && e.planId().equals(planId)) {
            versions(e.benefitId(), e.measurementId())
                    .add(new Dated<>(
                            new Measurement(e.measurementId(), e.effectiveDate(), e.value(), e.evidence(), e.source()),
                            e.effectiveDate(),
                            stamp));
        } else if (event instanceof MeasurementCorrected e && e.planId().equals(planId)) {
            List<Dated<Measurement>> versions = versions(e.benefitId(), e.measurementId());
            String source = versions.isEmpty() ? null : versions.get(0).event().source();
            versions.add(new Dated<>(
                    new Measurement(e.measurementId(), e.effectiveDate(), e.value(), e.evidence(), source),
                    e.effectiveDate(),
                    stamp));
        } else {
            return false;
        }
        return true;
    }

    private List<Dated<Measurement>> versions(String benefitId, String measurementId) {
        return measurements
                .computeIfAbsent(benefitId, id -> new LinkedHashMap<>())
                .computeIfAbsent(measurementId, id -> new ArrayList<>());
    }

    public PlanItems items(AsAt asAt) {
        List<ActionView> actionViews = actions.values().stream()
                .filter(action -> counts(action, asAt))
                .sorted(Comparator.comparingInt((Dated<ActionAdded> action) ->
                                areas.get(action.event().areaId()).event().number())
                        .thenComparingLong(action -> action.stamp().position()))
                .map(action -> actionView(action.event(), asAt))
                .toList();
        List<BenefitView> benefitViews = benefits.values().stream()
                .filter(benefit -> counts(benefit, asAt))
                .sorted(Comparator.comparingLong(benefit -> benefit.stamp().position()))
                .map(benefit -> benefitView(benefit.event(), asAt))
                .toList();
        return new PlanItems(actionViews, benefitViews);
    }

    private static boolean counts(Dated<?> item, AsAt asAt) {
        return !item.effectiveDate().isAfter(asAt.date()) && known(item.stamp(), asAt);
    }

    private static boolean known(Stamp stamp, AsAt asAt) {
        return asAt.knows(stamp.recordedAt(), stamp.position());
    }

    /** The latest fact effective on or before the date, ties to the later recorded, among those known. */
    private static <T> Optional<Dated<T>> latest(List<Dated<T>> facts, AsAt asAt) {
        return facts == null
                ? Optional.empty()
                : facts.stream()
                        .filter(fact -> !fact.effectiveDate().isAfter(asAt.date()) && known(fact.stamp(), asAt))
                        .max(Comparator.comparing((Dated<T> fact) -> fact.effectiveDate())
                                .thenComparingLong(fact -> fact.stamp().position()));
    }

    private ActionView actionView(ActionAdded action, AsAt asAt) {
        Optional<Dated<ActionStatusChanged>> status = latest(statuses.get(action.actionId()), asAt);
        Optional<Dated<ProgressNoteRecorded>> note = latest(notes.get(action.actionId()), asAt);
        ActionStatus current = status.map(change -> change.event().status()).orElse(ActionStatus.NOT_STARTED);
        return new ActionView(
                action.actionId(),
                action.areaId(),
                action.ref(),
                action.title(),
                action.leadOfficer(),
                action.dueDate(),
                current,
                status.map(Dated::effectiveDate).orElse(null),
                status.map(change -> change.event().comment()).orElse(null),
                status.map(change -> change.event().supersededBy()).orElse(null),
                note.map(n -> new ActionView.Note(n.effectiveDate(), n.event().text()))
                        .orElse(null),
                Overdue.on(asAt.date(), action.dueDate(), current));
    }

    private BenefitView benefitView(BenefitAdded benefit, AsAt asAt) {
        Optional<Dated<RagAssessed>> rag = latest(rags.get(benefit.benefitId()), asAt);
        List<Measurement> latestFirst = latestMeasurements(benefit.benefitId(), asAt);
        Measurement latest = latestFirst.isEmpty() ? null : latestFirst.get(0);
        Measurement previous = latestFirst.size() < 2 ? null : latestFirst.get(1);
        return new BenefitView(
                benefit.benefitId(),
                benefit.ref(),
                benefit.actionIds(),
                benefit.title(),
                benefit.type(),
                benefit.unit(),
                benefit.direction(),
                benefit.baseline(),
                benefit.target(),
                rag.map(r -> r.event().rag()).orElse(Rag.NOT_ASSESSED),
                rag.map(Dated::effectiveDate).orElse(null),
                rag.map(r -> r.event().rationale()).orElse(null),
                latest,
                previous,
                Trends.between(previous, latest, benefit.direction()));
    }

    /** Each measurement as known (its latest known version), then the two latest effective by the date. */
    private List<Measurement> latestMeasurements(String benefitId, AsAt asAt) {
        record Current(Measurement measurement, long firstPosition) {}
        List<Current> current = new ArrayList<>();
        for (List<Dated<Measurement>> versions :
                measurements.getOrDefault(benefitId, Map.of()).values()) {
            List<Dated<Measurement>> known = versions.stream()
                    .filter(version -> known(version.stamp(), asAt))
                    .toList();
            if (!known.isEmpty()) {
                Dated<Measurement> last = known.get(known.size() - 1);
                if (!last.effectiveDate().isAfter(asAt.date())) {
                    current.add(new Current(last.event(), known.get(0).stamp().position()));
                }
            }
        }
        return current.stream()
                .sorted(Comparator.comparing((Current c) -> c.measurement().effectiveDate())
                        .thenComparingLong(Current::firstPosition)
                        .reversed())
                .limit(2)
                .map(Current::measurement)
                .toList();
    }
}
