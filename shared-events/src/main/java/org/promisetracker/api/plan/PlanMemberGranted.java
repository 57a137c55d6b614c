package org.promisetracker.api.plan;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A user now holds exactly {@code roles} on the plan (a first grant, or a change of roles). The
 * event's metadata says who granted it, and when.
 */
@Revision("1")
public record PlanMemberGranted(String planId, String username, List<MemberRole> roles) {

    public PlanMemberGranted {
        roles = List.copyOf(roles);
    }
}
