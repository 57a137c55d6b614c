package org.promisetracker.query.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.round.ReminderOccasion;
import org.promisetracker.api.round.RoundState;
import org.promisetracker.api.round.UpdateState;
import org.promisetracker.api.view.FindLatestFact;
import org.promisetracker.api.view.FindMyUpdates;
import org.promisetracker.api.view.FindOpenRounds;
import org.promisetracker.api.view.FindReminders;
import org.promisetracker.api.view.FindRound;
import org.promisetracker.api.view.FindRounds;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.api.view.LatestFact;
import org.promisetracker.api.view.MyUpdates;
import org.promisetracker.api.view.ReminderList;
import org.promisetracker.api.view.RoundList;
import org.promisetracker.api.view.RoundView;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reporting rounds as they stand, from the rounds' rows: each item's latest step is its update
 * (none yet: due), the round's latest is its state; an item is overdue when its updates were due
 * before today and it is due (or returned and due again).
 */
@Component
class RoundQueries {

    private record Header(
            String roundId,
            String planId,
            String title,
            String committee,
            LocalDate reportDate,
            LocalDate updatesDue,
            Instant openedAt,
            String openedBy) {}

    private final JdbcClient jdbc;
    private final ReadSchemas schemas;

    RoundQueries(JdbcClient jdbc, ReadSchemas schemas) {
        this.jdbc = jdbc;
        this.schemas = schemas;
    }

    @QueryHandler
    RoundView handle(FindRound query) {
        String schema = schemas.live();
        return header(schema, "round_id = ?", query.roundId()).stream()
                .findFirst()
                .map(header -> view(schema, header, query.today()))
                .orElse(null);
    }

    @QueryHandler
    RoundList handle(FindRounds query) {
        String schema = schemas.live();
        return new RoundList(header(schema, "plan_id = ?", query.planId()).stream()
                .sorted(Comparator.comparing(Header::reportDate).reversed())
                .map(header -> view(schema, header, query.today()))
                .toList());
    }

    @QueryHandler
    RoundList handle(FindOpenRounds query) {
        String schema = schemas.live();
        return new RoundList(header(schema, "true", null).stream()
                .map(header -> view(schema, header, query.today()))
                .filter(round -> round.state() == RoundState.OPEN)
                .toList());
    }

    /** A round's reminders in the order they were recorded, each with its latest outcome; null for no such round. */
    @QueryHandler
    ReminderList handle(FindReminders query) {
        String schema = schemas.live();
        if (header(schema, "round_id = ?", query.roundId()).isEmpty()) {
            return null;
        }
        List<ReminderList.Reminder> reminders = jdbc.sql("SELECT r.reminder_id, r.username, r.day, r.occasion, "
                        + "r.item_ids, r.recorded_at, r.recorded_by, o.outcome, o.detail, o.recorded_at AS outcome_at "
                        + "FROM " + schema + ".round_reminder r LEFT JOIN LATERAL (SELECT outcome, detail, recorded_at "
                        + "FROM " + schema + ".round_reminder_outcome x WHERE x.reminder_id = r.reminder_id "
                        + "ORDER BY x.position DESC LIMIT 1) o ON true WHERE r.round_id = ? ORDER BY r.position")
                .param(query.roundId())
                .query((rs, n) -> new ReminderList.Reminder(
                        rs.getString("reminder_id"),
                        rs.getString("username"),
                        rs.getDate("day").toLocalDate(),
                        ReminderOccasion.valueOf(rs.getString("occasion")),
                        List.of(rs.getString("item_ids").split(" ")),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"),
                        rs.getString("outcome") == null ? "UNKNOWN" : rs.getString("outcome"),
                        rs.getString("detail"),
                        instant(rs.getTimestamp("outcome_at"))))
                .list();
        return new ReminderList(query.roundId(), reminders);
    }

    @QueryHandler
    MyUpdates handle(FindMyUpdates query) {
        String schema = schemas.live();
        String me = query.username().toLowerCase(Locale.ROOT);
        List<MyUpdates.Update> updates = new ArrayList<>();
        for (Header header : header(schema, "true", null)) {
            RoundView round = view(schema, header, query.today());
            if (round.state() != RoundState.OPEN) {
                continue;
            }
            String planTitle = jdbc.sql("SELECT title FROM " + schema + ".plan WHERE plan_id = ?")
                    .param(round.planId())
                    .query(String.class)
                    .optional()
                    .orElse("");
            for (RoundView.Item item : round.items()) {
                if (item.assignees().stream()
                        .noneMatch(name -> name.toLowerCase(Locale.ROOT).equals(me))) {
                    continue;
                }
                updates.add(new MyUpdates.Update(
                        round.roundId(),
                        round.title(),
                        round.planId(),
                        planTitle,
                        round.updatesDue(),
                        item.itemId(),
                        item.kind(),
                        item.ref(),
                        item.title(),
                        item.update(),
                        item.overdue(),
                        item.update() == UpdateState.RETURNED ? item.comment() : null));
            }
        }
        updates.sort(Comparator.comparing(MyUpdates.Update::updatesDue).thenComparing(MyUpdates.Update::ref));
        return new MyUpdates(updates);
    }

    @QueryHandler
    LatestFact handle(FindLatestFact query) {
        String schema = schemas.live();
        return new LatestFact(jdbc.sql("SELECT f.event_id FROM " + schema + ".fact f JOIN " + schema
                        + ".round r ON r.round_id = ? WHERE f.subject_id = ? AND f.position > r.position "
                        + "ORDER BY f.position DESC LIMIT 1")
                .params(query.roundId(), query.itemId())
                .query(String.class)
                .optional()
                .orElse(null));
    }

    private List<Header> header(String schema, String where, String value) {
        var statement = jdbc.sql("SELECT round_id, plan_id, title, committee, report_date, updates_due, opened_at, "
                + "opened_by FROM " + schema + ".round WHERE " + where);
        if (value != null) {
            statement = statement.param(value);
        }
        return statement
                .query((rs, n) -> new Header(
                        rs.getString("round_id"),
                        rs.getString("plan_id"),
                        rs.getString("title"),
                        rs.getString("committee"),
                        rs.getDate("report_date").toLocalDate(),
                        rs.getDate("updates_due").toLocalDate(),
                        rs.getTimestamp("opened_at").toInstant(),
                        rs.getString("opened_by")))
                .list();
    }

    private RoundView view(String schema, Header header, LocalDate today) {
        boolean pastDue = today != null && header.updatesDue().isBefore(today);
        List<RoundView.Item> items = jdbc.sql("SELECT i.item_id, i.kind, "
                        + "COALESCE(a.ref, b.ref) AS ref, COALESCE(a.title, b.title) AS title, "
                        + "(SELECT usernames FROM " + schema + ".assignment x WHERE x.item_id = i.item_id "
                        + "ORDER BY x.position DESC LIMIT 1) AS assignees, "
                        + "s.step, s.comment, s.recorded_at, s.recorded_by, s.latest_fact "
                        + "FROM " + schema + ".round_item i "
                        + "LEFT JOIN " + schema + ".action a ON a.action_id = i.item_id "
                        + "LEFT JOIN " + schema + ".benefit b ON b.benefit_id = i.item_id "
                        + "LEFT JOIN LATERAL (SELECT step, comment, recorded_at, recorded_by, latest_fact FROM "
                        + schema
                        + ".round_step x WHERE x.round_id = i.round_id AND x.item_id = i.item_id "
                        + "ORDER BY x.position DESC LIMIT 1) s ON true "
                        + "WHERE i.round_id = ? ORDER BY i.ordinal")
                .param(header.roundId())
                .query((rs, n) -> item(rs, pastDue))
                .list();
        int[] counts = new int[UpdateState.values().length];
        items.forEach(item -> counts[item.update().ordinal()]++);
        RoundState state = RoundState.OPEN;
        String signedOffBy = null;
        Instant signedOffAt = null;
        String reportId = null;
        for (var step : jdbc.sql("SELECT step, recorded_by, recorded_at, report_id FROM " + schema
                        + ".round_step WHERE round_id = ? AND item_id IS NULL ORDER BY position")
                .param(header.roundId())
                .query((rs, n) -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)
                })
                .list()) {
            if ("SIGNED_OFF".equals(step[0])) {
                state = RoundState.SIGNED_OFF;
                signedOffBy = (String) step[1];
                signedOffAt = (Instant) step[2];
            } else if ("PUBLISHED".equals(step[0])) {
                state = RoundState.PUBLISHED;
                reportId = (String) step[3];
            }
        }
        return new RoundView(
                header.roundId(),
                header.planId(),
                header.title(),
                header.committee(),
                header.reportDate(),
                header.updatesDue(),
                header.openedAt(),
                header.openedBy(),
                state,
                signedOffBy,
                signedOffAt,
                reportId,
                new RoundView.Counts(
                        counts[UpdateState.DUE.ordinal()],
                        counts[UpdateState.SUBMITTED.ordinal()],
                        counts[UpdateState.APPROVED.ordinal()],
                        counts[UpdateState.RETURNED.ordinal()],
                        counts[UpdateState.WAIVED.ordinal()],
                        (int) items.stream().filter(RoundView.Item::overdue).count()),
                items);
    }

    private static RoundView.Item item(ResultSet rs, boolean pastDue) throws SQLException {
        UpdateState update = Optional.ofNullable(rs.getString("step"))
                .map(UpdateState::valueOf)
                .orElse(UpdateState.DUE);
        String assignees = rs.getString("assignees");
        Timestamp changedAt = rs.getTimestamp("recorded_at");
        return new RoundView.Item(
                rs.getString("item_id"),
                ItemKind.valueOf(rs.getString("kind")),
                rs.getString("ref"),
                rs.getString("title"),
                assignees == null || assignees.isEmpty() ? List.of() : Arrays.asList(assignees.split(" ")),
                update,
                pastDue && (update == UpdateState.DUE || update == UpdateState.RETURNED),
                rs.getString("comment"),
                changedAt == null ? null : changedAt.toInstant(),
                rs.getString("recorded_by"),
                rs.getString("latest_fact"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
