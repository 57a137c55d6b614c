package org.promisetracker.api.round;

import org.axonframework.serialization.Revision;

@Revision("1")
public record UpdateApproved(String roundId, String planId, String itemId, String comment) {}
