package org.promisetracker.platform.axon;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

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
            byte[] metaData) {}

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
