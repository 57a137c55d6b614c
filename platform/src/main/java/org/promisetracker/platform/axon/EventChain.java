package org.promisetracker.platform.axon;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.promisetracker.api.view.Evidence;

/**
 * The tamper-evident log: each event of a plan carries the plan's chain hash up to it, the SHA-256 of
 * the chain hash of the plan's event before it and of the event's own stored content. Changing,
 * removing, inserting or reordering a stored event breaks the chain from that event on, so a walk
 * of the plan's events names the first one that no longer fits.
 * <p>
 * The content hashed is the row as stored, so anyone with the table can recompute it: the 32 bytes
 * of the previous hash (zeros before a plan's first event), then the event's ordinal in its plan
 * (1, 2, ...) as 8 bytes, then the event identifier, aggregate identifier, sequence number (8
 * bytes), type, payload type, payload revision, timestamp text, payload bytes and metadata bytes
 * (which say who recorded it), each text as UTF-8 and each text or bytes after its length as 4
 * bytes, -1 for none. Numbers are big-endian.
 */
public final class EventChain {

    /** The previous hash of a plan's first event. */
    public static final byte[] GENESIS = new byte[32];

    /** The chain of events that name no plan readable from their aggregate's first event. */
    public static final String NO_PLAN = "";

    private EventChain() {}

    /** One stored event, as its row holds it. */
    public record Content(
            long ordinal,
            String eventIdentifier,
            String aggregateIdentifier,
            long sequenceNumber,
            String type,
            String payloadType,
            String payloadRevision,
            String timestamp,
            byte[] payload,
            byte[] metaData) {

        /**
         * A row of the event table whose event identifier, aggregate identifier, sequence number, type,
         * payload type, payload revision, timestamp, payload, metadata and chain ordinal are its
         * columns from {@code first} on, in that order.
         */
        public static Content of(ResultSet row, int first) throws SQLException {
            Long ordinal = row.getObject(first + 9, Long.class);
            return new Content(
                    ordinal == null ? 0 : ordinal,
                    row.getString(first),
                    row.getString(first + 1),
                    row.getLong(first + 2),
                    row.getString(first + 3),
                    row.getString(first + 4),
                    row.getString(first + 5),
                    row.getString(first + 6),
                    row.getBytes(first + 7),
                    row.getBytes(first + 8));
        }
    }

    /**
     * A walk of a plan's events in the order of their positions, checking each against the chain:
     * that it carries a chain hash at all, that its ordinal is the next one, and that its content with
     * the hash of the event before it gives its own hash. The first event that fails is kept with the
     * reason; the walk goes on counting. Each event is checked against the hash its predecessor
     * stores, so one changed event is named alone and the chain after it still checks.
     */
    public static final class Walk {
        private long events;
        private long expected = 1;
        private byte[] previous = GENESIS;
        private Evidence.Broken firstBroken;
        private Long lastOrdinal;
        private byte[] lastHash;

        /** The next event; {@code ordinal} and {@code hash} as its row stores them, null where it has none. */
        public void next(long position, Content event, Long ordinal, byte[] hash) {
            events++;
            if (firstBroken == null) {
                String reason = reason(event, ordinal, hash);
                if (reason != null) {
                    firstBroken = new Evidence.Broken(position, event.eventIdentifier(), reason);
                }
            }
            if (ordinal != null && hash != null) {
                expected = ordinal + 1;
                previous = hash;
                lastOrdinal = ordinal;
                lastHash = hash;
            }
        }

        public long events() {
            return events;
        }

        public Evidence.Broken firstBroken() {
            return firstBroken;
        }

        public Long lastOrdinal() {
            return lastOrdinal;
        }

        public byte[] lastHash() {
            return lastHash;
        }

        private String reason(Content event, Long ordinal, byte[] hash) {
            if (ordinal == null || hash == null) {
                return "It is not in the plan's chain: it was stored without the service, inserted behind its back.";
            }
            if (ordinal > expected) {
                return "It is the plan's event " + ordinal + " where event " + expected
                        + " belongs: an event before it was removed or moved.";
            }
            if (ordinal < expected) {
                return "It is the plan's event " + ordinal + ", after event " + (expected - 1)
                        + ": it was inserted or moved out of its place.";
            }
            if (!Arrays.equals(link(previous, event), hash)) {
                return "Its content does not give its chain hash: it was changed after it was recorded.";
            }
            return null;
        }
    }

    public static byte[] link(byte[] previous, Content event) {
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream(256 + length(event.payload()) + length(event.metaData()));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(previous);
            out.writeLong(event.ordinal());
            text(out, event.eventIdentifier());
            text(out, event.aggregateIdentifier());
            out.writeLong(event.sequenceNumber());
            text(out, event.type());
            text(out, event.payloadType());
            text(out, event.payloadRevision());
            text(out, event.timestamp());
            data(out, event.payload());
            data(out, event.metaData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256().digest(bytes.toByteArray());
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        data(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void data(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
