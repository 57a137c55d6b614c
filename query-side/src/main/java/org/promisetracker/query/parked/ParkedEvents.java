package org.promisetracker.query.parked;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.admin.FindParkedEvents;
import org.promisetracker.api.admin.ParkedList;
import org.promisetracker.api.admin.ParkedList.Parked;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.api.view.ParkedItem;
import org.promisetracker.query.projection.PlanProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the plan projection's dead-letter queue holds, read straight from its table: one entry per
 * parked item, in the order they were parked. Every node reads the same table, so every node shows
 * the same; the queue is small (an item per failure), so it is read on each request rather than
 * cached and possibly stale.
 */
@Component
public class ParkedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ParkedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    ParkedList handle(FindParkedEvents query) {
        return ParkedList.of(all());
    }

    public List<Parked> all() {
        return read("", List.of(PlanProjection.GROUP));
    }

    /** The parked items of one plan, the plan itself included. */
    public List<ParkedItem> ofPlan(String planId) {
        return all().stream()
                .map(Parked::item)
                .filter(item -> planId.equals(item.planId()))
                .toList();
    }

    /** The item, if it is parked. */
    public List<ParkedItem> ofItem(String itemId) {
        // every history read asks: only the item's own rows, by the queue's index
        return read(" AND sequence_identifier = ?", List.of(PlanProjection.GROUP, itemId)).stream()
                .map(Parked::item)
                .toList();
    }

    private List<Parked> read(String andWhere, List<Object> params) {
        Map<String, Parked> items = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT sequence_identifier, event_identifier, payload_type, payload, enqueued_at, last_touched, "
                        + "cause_type, cause_message FROM dead_letter_entry WHERE processing_group = ?" + andWhere
                        + " ORDER BY enqueued_at, sequence_identifier, sequence_index")
                .params(params)
                .query((ResultSet rs) -> {
                    String itemId = rs.getString("sequence_identifier");
                    counts.merge(itemId, 1, Integer::sum);
                    items.computeIfAbsent(itemId, id -> first(id, rs));
                });
        List<Parked> parked = new ArrayList<>();
        items.forEach((id, first) -> parked.add(withCount(first, counts.get(id))));
        return parked;
    }

    private static Parked first(String itemId, ResultSet rs) {
        try {
            String type = rs.getString("payload_type");
            ParkedItem item = new ParkedItem(
                    itemId,
                    kindOf(type),
                    planIdIn(rs.getBytes("payload")),
                    type.substring(type.lastIndexOf('.') + 1),
                    1,
                    instant(rs.getTimestamp("enqueued_at")));
            return new Parked(
                    item,
                    rs.getString("event_identifier"),
                    instant(rs.getTimestamp("last_touched")),
                    rs.getString("cause_type"),
                    rs.getString("cause_message"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Parked withCount(Parked first, int events) {
        ParkedItem item = first.item();
        return new Parked(
                new ParkedItem(
                        item.itemId(), item.itemKind(), item.planId(), item.firstEvent(), events, item.parkedAt()),
                first.firstEventId(),
                first.lastTriedAt(),
                first.causeType(),
                first.reason());
    }

    /**
     * {@code org.promisetracker.api.action.ActionAdded} is about an ACTION: events live in a package
     * per aggregate. None for a type from elsewhere.
     */
    static ItemKind kindOf(String payloadType) {
        String[] parts = payloadType.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            return ItemKind.valueOf(parts[parts.length - 2].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException elsewhere) {
            return null;
        }
    }

    /** Every event names its plan; a payload that cannot be read names none, and is listed for the administrator only. */
    private static String planIdIn(byte[] payload) {
        try {
            JsonNode planId = JSON.readTree(payload).get("planId");
            return planId == null || planId.isNull() ? null : planId.asString();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
