package org.promisetracker.api.action;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The action's status from {@code effectiveDate} on. A later-recorded change with the same or an
 * earlier effective date restates it; nothing is overwritten.
 */
@Revision("1")
public record ActionStatusChanged(
        String actionId,
        String planId,
        ActionStatus status,
        LocalDate effectiveDate,
        String comment,
        String supersededBy) {}
