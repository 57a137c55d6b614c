package org.promisetracker.api.view;

import java.time.Instant;

/**
 * An item (plan, action, benefit or report) of which an event could not be projected: that event
 * and the item's later ones are parked, so what the reads show of the item stops before them.
 * {@code firstEvent} names the kind of the first parked event, {@code events} counts them all.
 */
public record ParkedItem(
        String itemId, ItemKind itemKind, String planId, String firstEvent, int events, Instant parkedAt) {}
