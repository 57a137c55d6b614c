package org.promisetracker.api.plan;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Makes {@code username} a member of the plan holding exactly {@code roles}, whoever else is a
 * member: a first grant or a change of roles. Answers the plan's {@link PlanMembers} after it.
 */
public record GrantPlanMembership(@TargetAggregateIdentifier String planId, String username, List<MemberRole> roles) {}
