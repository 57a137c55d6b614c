package org.promisetracker.api.round;

import org.axonframework.serialization.Revision;

/** The update is returned with what is missing; the item is due again. */
@Revision("1")
public record UpdateReturned(String roundId, String planId, String itemId, String comment) {}
