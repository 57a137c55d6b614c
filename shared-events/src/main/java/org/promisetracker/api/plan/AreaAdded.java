package org.promisetracker.api.plan;

import org.axonframework.serialization.Revision;

/** An improvement area (South Ayrshire) or core commitment (South Lanarkshire), numbered within its plan. */
@Revision("1")
public record AreaAdded(String planId, String areaId, int number, String title) {}
