package org.promisetracker.api.view;

import java.time.LocalDate;

/** Answers the {@link RoundList} of a plan's rounds, latest report date first. */
public record FindRounds(String planId, LocalDate today) {}
