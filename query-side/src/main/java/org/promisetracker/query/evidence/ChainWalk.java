package org.promisetracker.query.evidence;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.promisetracker.api.view.Evidence;
import org.promisetracker.platform.axon.EventChain;
import org.promisetracker.query.replay.ReportReplay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks a plan's events in the log, in the order of their positions, against the plan's chain
 * ({@link EventChain.Walk}), and ends at the head recorded with the plan's last append: a log that
 * stops short of it has lost its last events.
 */
@Component
public class ChainWalk {

    private record Head(long events, String eventIdentifier, byte[] hash) {}

    private final JdbcClient jdbc;

    ChainWalk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's whole chain, up to the head its last append recorded. */
    public Evidence whole(String planId) {
        EventChain.Walk walk = new EventChain.Walk();
        jdbc.sql(ReportReplay.PLAN_EVENTS).params(planId, Long.MAX_VALUE).query(rs -> {
            walk.next(rs.getLong(1), EventChain.Content.of(rs, 2), rs.getObject(11, Long.class), rs.getBytes(12));
        });
        Optional<Head> head = jdbc.sql("SELECT events, event_identifier, hash FROM event_chain_head WHERE plan_id = ?")
                .param(planId)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), rs.getBytes(3)))
                .optional();
        Evidence.Broken broken = walk.firstBroken();
        if (broken == null && head.isPresent() && !endsAt(walk, head.get())) {
            broken = new Evidence.Broken(
                    positionOf(head.get().eventIdentifier()),
                    head.get().eventIdentifier(),
                    "The plan's chain was last appended to at its event "
                            + head.get().events()
                            + ", but the log's last event of the plan is "
                            + (walk.lastOrdinal() == null ? "none" : "event " + walk.lastOrdinal())
                            + ": events at the end of the plan were removed.");
        }
        return new Evidence(
                planId, true, walk.events(), head.map(h -> hex(h.hash())).orElse(null), broken == null, broken);
    }

    public static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }

    /** The identifier of the event at {@code position}, if the log still holds it. */
    public String eventAt(long position) {
        return jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE global_index = ?")
                .param(position)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static boolean endsAt(EventChain.Walk walk, Head head) {
        return walk.lastOrdinal() != null
                && walk.lastOrdinal() == head.events()
                && Arrays.equals(walk.lastHash(), head.hash());
    }

    private Long positionOf(String eventIdentifier) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")
                .param(eventIdentifier)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
