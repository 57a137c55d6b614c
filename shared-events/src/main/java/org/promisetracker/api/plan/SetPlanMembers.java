package org.promisetracker.api.plan;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Makes {@code members} the plan's whole membership: users not listed lose theirs, listed users
 * hold exactly the roles given. Answers the {@link PlanMembers} as recorded.
 */
public record SetPlanMembers(@TargetAggregateIdentifier String planId, List<PlanMember> members) {}
