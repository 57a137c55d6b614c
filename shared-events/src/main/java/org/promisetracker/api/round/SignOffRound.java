package org.promisetracker.api.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A senior officer (APPROVER) signs the round off: every item approved or waived. */
public record SignOffRound(@TargetAggregateIdentifier String roundId) {}
