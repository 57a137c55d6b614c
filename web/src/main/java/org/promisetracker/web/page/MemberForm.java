package org.promisetracker.web.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.promisetracker.api.plan.GrantPlanMembership;
import org.promisetracker.api.plan.MemberRole;

/** A member to add, or whose roles to change: the username they sign in with, and their roles on this plan. */
record MemberForm(
        @NotBlank(message = "Enter the username the person signs in with.") String username,

        @NotEmpty(message = "Choose at least one role; to remove someone, use Remove beside their name.") List<MemberRole> roles) {

    static MemberForm empty() {
        return new MemberForm(null, List.of());
    }

    GrantPlanMembership command(String planId) {
        return new GrantPlanMembership(planId, username, roles);
    }
}
