package org.promisetracker.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends {@code username}'s membership of the plan, if they have one. Answers the plan's {@link PlanMembers} after it. */
public record RevokePlanMembership(
        @TargetAggregateIdentifier String planId, String username) {}
