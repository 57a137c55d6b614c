package org.promisetracker.app.hostile;

import java.util.Map;

/**
 * The real things the suite's requests point at, one of each kind, so that a valid request
 * reaches the aggregate and a mutated one is refused by the rule it breaks, not by a missing plan.
 */
record Fixture(Map<String, String> ids) {

    /** Which kind of thing a parameter or field of this name holds, or null when it is no id. */
    static String kindOf(String name) {
        return switch (name) {
            case "planId" -> "plan";
            case "areaId" -> "area";
            case "actionId", "actionIds", "supersededBy" -> "action";
            case "benefitId" -> "benefit";
            case "measurementId" -> "measurement";
            case "reportId" -> "report";
            case "roundId" -> "round";
            // a round's item: the fixture's action is in its round
            case "itemId" -> "action";
            default -> null;
        };
    }

    String id(String kind) {
        return ids.get(kind);
    }
}
