package org.promisetracker.command.directory;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The plan structure that several aggregates must agree on: which plan an id belongs to, and the
 * keys that are unique within a plan. Structure is never changed once recorded (an action does not
 * move plans, a ref is not reused), so an aggregate may rely on what it reads here.
 */
public interface PlanDirectory {

    enum Kind { PLAN, AREA, ACTION, BENEFIT, REPORT }

    record Entry(String id, Kind kind, String planId) {
    }

    record PlanDates(LocalDate start, LocalDate end) {
    }

    Optional<Entry> find(String id);

    Optional<PlanDates> planDates(String planId);

    boolean isKeyTaken(String planId, Kind kind, String key);
}
