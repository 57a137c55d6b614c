package org.promisetracker.api.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The reviewer's decision on a submitted update: approve it, or return it with a comment saying what is missing. */
public record ReviewUpdate(
        @TargetAggregateIdentifier String roundId, String itemId, boolean approved, String comment) {}
