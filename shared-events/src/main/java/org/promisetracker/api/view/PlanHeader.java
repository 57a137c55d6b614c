package org.promisetracker.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record PlanHeader(
        String planId,
        String title,
        String organisation,
        LocalDate startDate,
        LocalDate endDate,
        String areaLabel,
        Instant recordedAt,
        List<AreaHeader> areas) {

    public record AreaHeader(String areaId, int number, String title) {}
}
