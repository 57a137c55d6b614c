package org.promisetracker.api.view;

import java.time.LocalDate;

/** Answers the {@link MyUpdates} of {@code username} (ignoring case): the items assigned to them in open rounds. */
public record FindMyUpdates(String username, LocalDate today) {}
