package org.promisetracker.api.view;

import java.util.List;

/**
 * One action as at a date, as known at an instant, with what its page shows around it. {@code
 * action} is as the plan's dashboard shows it, or null while it does not count in its plan; {@code
 * supersededBy} labels its successor when that counts too; {@code otherActions} are the plan's
 * other actions that count, in plan order; {@code parked} is not empty when some of its events
 * could not be projected yet.
 */
public record ActionDetail(
        String planId,
        String planTitle,
        PlanHeader.AreaHeader area,
        ActionView action,
        ActionLabel supersededBy,
        List<ActionLabel> otherActions,
        List<ParkedItem> parked) {}
