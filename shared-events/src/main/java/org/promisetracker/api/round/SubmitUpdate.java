package org.promisetracker.api.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Submits the item's update for review. {@code latestFact} is the id of the item's latest event
 * recorded since the round opened (null when none is): without one, the comment must say why
 * nothing changed.
 */
public record SubmitUpdate(
        @TargetAggregateIdentifier String roundId, String itemId, String comment, String latestFact) {}
