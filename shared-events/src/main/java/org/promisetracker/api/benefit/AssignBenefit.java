package org.promisetracker.api.benefit;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes {@code usernames} the people who record the benefit's measurements and RAG. */
public record AssignBenefit(@TargetAggregateIdentifier String benefitId, List<String> usernames) {}
