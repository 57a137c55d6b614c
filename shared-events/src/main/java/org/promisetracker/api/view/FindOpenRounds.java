package org.promisetracker.api.view;

import java.time.LocalDate;

/** Answers the {@link RoundList} of every plan's open rounds, as their reminders need them. */
public record FindOpenRounds(LocalDate today) {}
