package org.promisetracker.api.round;

import org.axonframework.serialization.Revision;

/** The item's update is submitted for review, resting on {@code latestFact} (null: nothing changed, said in the comment). */
@Revision("1")
public record UpdateSubmitted(String roundId, String planId, String itemId, String comment, String latestFact) {}
