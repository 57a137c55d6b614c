package org.promisetracker.query.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.view.EventType;
import org.promisetracker.api.view.FindHistory;
import org.promisetracker.api.view.History;
import org.promisetracker.api.view.History.Corrected;
import org.promisetracker.api.view.History.Entry;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.api.view.ParkedItem;
import org.promisetracker.query.parked.ParkedEvents;
import org.promisetracker.query.readmodel.FactKind;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every event about an action or a benefit in the order recorded, each with its effective date,
 * recorded-at and recorder; a correction shows what the measurement said before it.
 */
@Component
class HistoryQueries {

    private record Subject(ItemKind kind, String planId, Entry creation) {}

    private final JdbcClient jdbc;
    private final ReadSchemas schemas;
    private final ParkedEvents parked;

    HistoryQueries(JdbcClient jdbc, ReadSchemas schemas, ParkedEvents parked) {
        this.jdbc = jdbc;
        this.schemas = schemas;
        this.parked = parked;
    }

    @QueryHandler
    History handle(FindHistory query) {
        String schema = schemas.live();
        Optional<Subject> subject = subject(schema, query.subjectId());
        List<ParkedItem> parkedOfItem = parked.ofItem(query.subjectId());
        if (subject.isEmpty()) {
            // parked from its very first event: known to the log, not yet to the reads
            return parkedOfItem.stream()
                    .findFirst()
                    .map(item ->
                            new History(query.subjectId(), item.itemKind(), item.planId(), List.of(), parkedOfItem))
                    .orElse(null);
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(subject.get().creation());
        Map<String, Corrected> measurementNow = new HashMap<>();
        jdbc.sql("SELECT * FROM " + schema + ".fact WHERE subject_id = ? ORDER BY position")
                .param(query.subjectId())
                .query(rs -> {
                    String kind = rs.getString("kind");
                    String measurementId = rs.getString("measurement_id");
                    Corrected before = null;
                    if (measurementId != null) {
                        Corrected after = new Corrected(
                                rs.getDate("effective_date").toLocalDate(),
                                rs.getBigDecimal("value"),
                                rs.getString("evidence"));
                        before = measurementNow.put(measurementId, after);
                    }
                    boolean correction = FactKind.of(kind) == FactKind.CORRECTION;
                    entries.add(new Entry(
                            rs.getString("event_id"),
                            FactKind.of(kind).event(),
                            rs.getDate("effective_date").toLocalDate(),
                            rs.getTimestamp("recorded_at").toInstant(),
                            rs.getString("recorded_by"),
                            rs.getString("status"),
                            rs.getString("rag"),
                            measurementId,
                            rs.getBigDecimal("value"),
                            rs.getString("evidence"),
                            rs.getString("source"),
                            rs.getString("text"),
                            rs.getString("superseded_by"),
                            correction ? measurementId : null,
                            correction ? before : null,
                            rs.getString("late_reason")));
                });
        return new History(
                query.subjectId(), subject.get().kind(), subject.get().planId(), entries, parkedOfItem);
    }

    /** An action or a benefit, whichever the id names, with its creation as the first entry. */
    private Optional<Subject> subject(String schema, String id) {
        return subject(schema, id, ItemKind.ACTION, "action", EventType.ActionAdded)
                .or(() -> subject(schema, id, ItemKind.BENEFIT, "benefit", EventType.BenefitAdded));
    }

    private Optional<Subject> subject(String schema, String id, ItemKind kind, String table, EventType created) {
        return jdbc.sql("SELECT plan_id, effective_from, recorded_at, recorded_by, title, event_id FROM " + schema + "."
                        + table + " WHERE " + table + "_id = ?")
                .param(id)
                .query((rs, row) -> new Subject(
                        kind,
                        rs.getString(1),
                        new Entry(
                                rs.getString(6),
                                created,
                                rs.getDate(2).toLocalDate(),
                                rs.getTimestamp(3).toInstant(),
                                rs.getString(4),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                rs.getString(5),
                                null,
                                null,
                                null,
                                null)))
                .optional();
    }
}
