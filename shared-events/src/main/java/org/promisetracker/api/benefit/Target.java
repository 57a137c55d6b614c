package org.promisetracker.api.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;

public record Target(BigDecimal value, LocalDate date) {}
