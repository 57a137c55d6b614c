package org.promisetracker.api.round;

import org.axonframework.serialization.Revision;

/** The round is signed off; its metadata says by whom and when. A report may now be published from it. */
@Revision("1")
public record RoundSignedOff(String roundId, String planId) {}
