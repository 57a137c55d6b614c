package org.promisetracker.api.view;

import java.util.List;
import org.promisetracker.api.plan.MemberRole;

/**
 * The plans one user is a member of, with the roles held on each, and the plan the asked-for id
 * belongs to ({@code null} when none was asked for or it names nothing).
 */
public record Memberships(List<Membership> plans, String planOfId) {

    public Memberships {
        plans = List.copyOf(plans);
    }

    public record Membership(String planId, List<MemberRole> roles) {}
}
