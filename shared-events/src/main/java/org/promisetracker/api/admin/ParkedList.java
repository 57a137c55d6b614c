package org.promisetracker.api.admin;

import java.time.Instant;
import java.util.List;
import org.promisetracker.api.view.ParkedItem;

/** The plan projection's parked items, with what an administrator needs to decide on each. */
public record ParkedList(int items, int events, List<Parked> parked) {

    /** One parked item: its first parked event, when it was last tried and why it failed. */
    public record Parked(ParkedItem item, String firstEventId, Instant lastTriedAt, String causeType, String reason) {}

    public static ParkedList of(List<Parked> parked) {
        return new ParkedList(
                parked.size(),
                parked.stream().mapToInt(each -> each.item().events()).sum(),
                parked);
    }
}
