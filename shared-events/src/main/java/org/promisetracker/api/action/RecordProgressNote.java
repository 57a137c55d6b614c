package org.promisetracker.api.action;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordProgressNote(@TargetAggregateIdentifier String actionId, LocalDate effectiveDate, String text) {}
