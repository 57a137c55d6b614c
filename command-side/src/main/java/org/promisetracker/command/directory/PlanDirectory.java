package org.promisetracker.command.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.promisetracker.api.rules.CommandRejected;

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

    Optional<Entry> find(String id);

    Optional<PlanDates> planDates(String planId);

    boolean isKeyTaken(String planId, Kind kind, String key);

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
}
