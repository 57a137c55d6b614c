package org.promisetracker.api.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator decides no update of the item is needed this round, with a reason the report shows. */
public record WaiveItem(@TargetAggregateIdentifier String roundId, String itemId, String reason) {}
