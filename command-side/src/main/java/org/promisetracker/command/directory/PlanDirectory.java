package org.promisetracker.command.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.api.rules.EffectiveDates;

/**
 * The plan structure that several aggregates must agree on: which plan an id belongs to, and the
 * keys that are unique within a plan. Structure is never changed once recorded (an action does not
 * move plans, a ref is not reused), so an aggregate may rely on what it reads here.
 */
public interface PlanDirectory {

    enum Kind {
        PLAN,
        AREA,
        ACTION,
        BENEFIT,
        REPORT,
        ROUND
    }

    record Entry(String id, Kind kind, String planId) {}

    record PlanDates(LocalDate start, LocalDate end) {}

    /** A reporting round as a report published from it needs it: its plan and date, and its sign-off, if given. */
    record RoundSignOff(String planId, LocalDate reportDate, String signedOffBy, Instant signedOffAt) {

        public boolean signedOff() {
            return signedOffAt != null;
        }
    }

    Optional<RoundSignOff> round(String roundId);

    /** A plan's latest published report by report date: the period up to that date is reported. */
    record LatestReport(String reportId, String committee, LocalDate reportDate) {}

    Optional<Entry> find(String id);

    Optional<PlanDates> planDates(String planId);

    boolean isKeyTaken(String planId, Kind kind, String key);

    Optional<LatestReport> latestReport(String planId);

    /** The plan's dates, refused as "There is no plan ..." when none is recorded under the id. */
    default PlanDates plan(String planId) {
        return planDates(planId).orElseThrow(() -> CommandRejected.notFound("There is no plan " + planId + "."));
    }

    /** Whether {@code id} names a {@code kind} of thing in plan {@code planId}. */
    default boolean isPartOf(String id, Kind kind, String planId) {
        return find(id).filter(entry -> entry.kind() == kind && entry.planId().equals(planId))
                .isPresent();
    }

    /** Ids are unique across plans, areas, actions, benefits and reports. */
    default void assertIdFree(String id) {
        if (find(id).isPresent()) {
            throw CommandRejected.conflict("The id " + id + " is already in use.");
        }
    }

    /**
     * Once a committee has been told about a period, a fact dated within it changes what it was told:
     * it needs a {@code lateReason} (for a correction, its own reason serves). Checked after every
     * other rule, so that bad input is refused as such first.
     */
    default void assertLateReasonIfReported(String planId, LocalDate effectiveDate, String lateReason) {
        if (lateReason != null) {
            return;
        }
        Optional<LatestReport> report =
                latestReport(planId).filter(latest -> !effectiveDate.isAfter(latest.reportDate()));
        if (report.isPresent()) {
            String committee = report.get().committee();
            throw CommandRejected.conflict(
                    "lateReason",
                    "The period to " + EffectiveDates.spoken(report.get().reportDate()) + " was reported to "
                            + (committee.toLowerCase(Locale.ROOT).startsWith("the ") ? "" : "the ") + committee
                            + "; give a lateReason to record this.");
        }
    }
}
