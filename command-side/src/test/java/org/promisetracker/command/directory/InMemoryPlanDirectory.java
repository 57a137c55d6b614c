package org.promisetracker.command.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan directory as the aggregates see it, without a database. Nothing updates it from events
 * here: a test adds what its given events would have added, so the two stay in step.
 */
public final class InMemoryPlanDirectory implements PlanDirectory {

    private record Key(String planId, Kind kind, String key) {}

    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, PlanDates> plans = new HashMap<>();
    private final Set<Key> keys = new HashSet<>();
    private final Map<String, RoundSignOff> rounds = new HashMap<>();
    private final Map<String, LatestReport> latestReports = new HashMap<>();

    public InMemoryPlanDirectory addPlan(String planId, LocalDate start, LocalDate end) {
        put(new Entry(planId, Kind.PLAN, planId), null);
        plans.put(planId, new PlanDates(start, end));
        return this;
    }

    public InMemoryPlanDirectory addArea(String areaId, String planId, int number) {
        put(new Entry(areaId, Kind.AREA, planId), Integer.toString(number));
        return this;
    }

    public InMemoryPlanDirectory addAction(String actionId, String planId, String ref) {
        put(new Entry(actionId, Kind.ACTION, planId), ref);
        return this;
    }

    public InMemoryPlanDirectory addBenefit(String benefitId, String planId) {
        return addBenefit(benefitId, planId, null);
    }

    public InMemoryPlanDirectory addBenefit(String benefitId, String planId, String ref) {
        put(new Entry(benefitId, Kind.BENEFIT, planId), ref);
        return this;
    }

    public InMemoryPlanDirectory addReport(String reportId, String planId) {
        put(new Entry(reportId, Kind.REPORT, planId), null);
        return this;
    }

    public InMemoryPlanDirectory addRound(String roundId, String planId, LocalDate reportDate) {
        put(new Entry(roundId, Kind.ROUND, planId), null);
        rounds.put(roundId, new RoundSignOff(planId, reportDate, null, null));
        return this;
    }

    public InMemoryPlanDirectory signOffRound(String roundId, String by, Instant at) {
        RoundSignOff round = rounds.get(roundId);
        rounds.put(roundId, new RoundSignOff(round.planId(), round.reportDate(), by, at));
        return this;
    }

    @Override
    public Optional<RoundSignOff> round(String roundId) {
        return Optional.ofNullable(rounds.get(roundId));
    }

    /** A report published as ReportPublished would have recorded it, latest by report date locking. */
    public InMemoryPlanDirectory addReport(String reportId, String planId, String committee, LocalDate reportDate) {
        addReport(reportId, planId);
        latestReports.merge(
                planId,
                new LatestReport(reportId, committee, reportDate),
                (before, now) -> now.reportDate().isBefore(before.reportDate()) ? before : now);
        return this;
    }

    /** Refuses what the database's primary key and unique constraint would refuse. */
    private void put(Entry entry, String key) {
        if (entries.containsKey(entry.id())) {
            throw new IllegalStateException("The directory already holds " + entry.id());
        }
        if (key != null && !keys.add(new Key(entry.planId(), entry.kind(), key))) {
            throw new IllegalStateException("Plan " + entry.planId() + " already has " + entry.kind() + " " + key);
        }
        entries.put(entry.id(), entry);
    }

    @Override
    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public Optional<PlanDates> planDates(String planId) {
        return Optional.ofNullable(plans.get(planId));
    }

    @Override
    public boolean isKeyTaken(String planId, Kind kind, String key) {
        return keys.contains(new Key(planId, kind, key));
    }

    @Override
    public Optional<LatestReport> latestReport(String planId) {
        return Optional.ofNullable(latestReports.get(planId));
    }
}
