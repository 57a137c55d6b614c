package org.promisetracker.api.plan;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A corporate parenting plan, e.g. "South Ayrshire's Parenting Promise 2021-2030". */
@Revision("1")
public record PlanCreated(
        String planId, String title, String organisation, LocalDate startDate, LocalDate endDate, String areaLabel) {}
