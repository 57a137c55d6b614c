package org.promisetracker.api.action;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes {@code usernames} the people who update the action (its lead officer stays the role the plan names). */
public record AssignAction(@TargetAggregateIdentifier String actionId, List<String> usernames) {}
