package org.promisetracker.api.view;

import java.time.Instant;
import java.time.LocalDate;

/** Answers {@link BenefitDetail}, or nothing for an id that names no benefit. */
public record FindBenefit(String benefitId, LocalDate asAt, Instant knownAt) {}
