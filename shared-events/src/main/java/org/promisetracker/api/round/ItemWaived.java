package org.promisetracker.api.round;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ItemWaived(String roundId, String planId, String itemId, String reason) {}
