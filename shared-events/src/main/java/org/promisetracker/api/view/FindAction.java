package org.promisetracker.api.view;

import java.time.Instant;
import java.time.LocalDate;

/** Answers {@link ActionDetail}, or nothing for an id that names no action. */
public record FindAction(String actionId, LocalDate asAt, Instant knownAt) {}
