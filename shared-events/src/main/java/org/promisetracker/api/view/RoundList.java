package org.promisetracker.api.view;

import java.util.List;

/** The answer to {@link FindRounds}; a named record, as lists cross Axon Server without their element type. */
public record RoundList(List<RoundView> rounds) {}
