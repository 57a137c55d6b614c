package org.promisetracker.api.plan;

import java.util.List;

/** A plan's members, ordered by username; the answer to {@link SetPlanMembers} and to {@code FindPlanMembers}. */
public record PlanMembers(String planId, List<PlanMember> members) {

    public PlanMembers {
        members = List.copyOf(members);
    }
}
