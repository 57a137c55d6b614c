package org.promisetracker.api.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Where a benefit started: a value for quantitative and cashable benefits, evidence for qualitative ones. */
public record Baseline(BigDecimal value, String evidence, LocalDate date) {}
