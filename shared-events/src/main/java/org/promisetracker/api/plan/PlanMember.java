package org.promisetracker.api.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A user (by the username they sign in with) and the roles they hold on one plan. */
public record PlanMember(String username, List<MemberRole> roles) {

    public PlanMember {
        // as sent, nulls included: the plan refuses a null role with a problem that names it
        roles = roles == null ? null : Collections.unmodifiableList(new ArrayList<>(roles));
    }
}
