package org.promisetracker.query.evidence;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.promisetracker.api.view.Evidence;
import org.promisetracker.platform.axon.EventChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks a plan's events in the log, in the order of their positions, and checks each against the
 * plan's chain ({@link EventChain}): that it carries a chain hash at all, that its ordinal is the
 * next one, and that its content with the hash of the event before it gives its own hash. The first
 * event that fails is named with the reason; the walk goes on counting. Each event is checked
 * against the hash its predecessor stores, so one changed event is named alone and the chain after
 * it still checks.
 * <p>
 * A walk of the whole plan ends at the head recorded with the plan's last append: a log that stops
 * short of it has lost its last events.
 */
@Component
public class ChainWalk {

    /** The chain up to a position: intact or not, and the last event walked. */
    public record Walked(long events, boolean intact, Evidence.Broken firstBroken, Long lastOrdinal, byte[] lastHash) {}

    private static final String PLAN_EVENTS = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type,
                   payload_type, payload_revision, time_stamp, payload, meta_data, chain_ordinal, chain_hash
              FROM domain_event_entry
             WHERE aggregate_identifier IN (SELECT aggregate_identifier FROM domain_event_entry
                                             WHERE sequence_number = 0 AND event_plan_id(payload) = ?)
               AND global_index <= ?
             ORDER BY global_index
            """;

    private record Head(long events, String eventIdentifier, byte[] hash) {}

    private final JdbcClient jdbc;

    ChainWalk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's whole chain, up to the head its last append recorded. */
    public Evidence whole(String planId) {
        Walked walked = upTo(planId, Long.MAX_VALUE);
        Optional<Head> head = jdbc.sql("SELECT events, event_identifier, hash FROM event_chain_head WHERE plan_id = ?")
                .param(planId)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), rs.getBytes(3)))
                .optional();
        Evidence.Broken broken = walked.firstBroken();
        if (broken == null && head.isPresent() && !endsAt(walked, head.get())) {
            broken = new Evidence.Broken(
                    positionOf(head.get().eventIdentifier()),
                    head.get().eventIdentifier(),
                    "The plan's chain was last appended to at its event "
                            + head.get().events()
                            + ", but the log's last event of the plan is "
                            + (walked.lastOrdinal() == null ? "none" : "event " + walked.lastOrdinal())
                            + ": events at the end of the plan were removed.");
        }
        return new Evidence(
                planId, true, walked.events(), head.map(h -> hex(h.hash())).orElse(null), broken == null, broken);
    }

    /** The plan's chain up to and including {@code lastPosition}. */
    public Walked upTo(String planId, long lastPosition) {
        Walk walk = new Walk();
        jdbc.sql(PLAN_EVENTS).params(planId, lastPosition).query(rs -> {
            walk.next(
                    rs.getLong(1),
                    new EventChain.Content(
                            rs.getLong(11),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getBytes(9),
                            rs.getBytes(10)),
                    rs.getObject(11) == null,
                    rs.getBytes(12));
        });
        return new Walked(walk.events, walk.broken == null, walk.broken, walk.lastOrdinal, walk.lastHash);
    }

    public static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }

    private static boolean endsAt(Walked walked, Head head) {
        return walked.lastOrdinal() != null
                && walked.lastOrdinal() == head.events()
                && Arrays.equals(walked.lastHash(), head.hash());
    }

    /** The identifier of the event at {@code position}, if the log still holds it. */
    public String eventAt(long position) {
        return jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE global_index = ?")
                .param(position)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private Long positionOf(String eventIdentifier) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")
                .param(eventIdentifier)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private static final class Walk {
        private long events;
        private long expected = 1;
        private byte[] previous = EventChain.GENESIS;
        private Evidence.Broken broken;
        private Long lastOrdinal;
        private byte[] lastHash;

        void next(long position, EventChain.Content event, boolean unnumbered, byte[] hash) {
            events++;
            if (broken == null) {
                String reason = reason(event, unnumbered, hash);
                if (reason != null) {
                    broken = new Evidence.Broken(position, event.eventIdentifier(), reason);
                }
            }
            if (!unnumbered && hash != null) {
                expected = event.ordinal() + 1;
                previous = hash;
                lastOrdinal = event.ordinal();
                lastHash = hash;
            }
        }

        private String reason(EventChain.Content event, boolean unnumbered, byte[] hash) {
            if (unnumbered || hash == null) {
                return "It is not in the plan's chain: it was stored without the service, inserted behind its back.";
            }
            if (event.ordinal() > expected) {
                return "It is the plan's event " + event.ordinal() + " where event " + expected
                        + " belongs: an event before it was removed or moved.";
            }
            if (event.ordinal() < expected) {
                return "It is the plan's event " + event.ordinal() + ", after event " + (expected - 1)
                        + ": it was inserted or moved out of its place.";
            }
            if (!Arrays.equals(EventChain.link(previous, event), hash)) {
                return "Its content does not give its chain hash: it was changed after it was recorded.";
            }
            return null;
        }
    }
}
