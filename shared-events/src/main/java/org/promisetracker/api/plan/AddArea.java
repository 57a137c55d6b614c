package org.promisetracker.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddArea(@TargetAggregateIdentifier String planId, String areaId, int number, String title) {}
