package org.promisetracker.api.view;

import java.util.List;

/**
 * The answer to {@link FindReports}. A named record rather than a bare list: a list crosses Axon
 * Server's serializer without its element type and arrives as maps.
 */
public record ReportList(List<ReportView> reports) {}
