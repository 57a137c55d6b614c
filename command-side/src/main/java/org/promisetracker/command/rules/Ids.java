package org.promisetracker.command.rules;

import org.promisetracker.api.rules.CommandRejected;

/**
 * What is recorded under an id, as every aggregate checks it. Ids are unique across kinds, so an
 * aggregate may be loaded for an id whose events are another kind's (a benefit's, say): they mean
 * nothing to it, but Axon refuses to load an aggregate left without its id, so each aggregate keeps
 * the id from any event (its {@code onAnotherKind} handler) and the command is then refused as not
 * found, or as an id in use, instead of failing with a 500.
 */
public final class Ids {

    private Ids() {}

    /** Refused as not found unless this aggregate's own creation event ({@code definition}) is recorded. */
    public static void assertRecorded(Object definition, String kind, String id) {
        if (definition == null) {
            throw notFound(kind, id);
        }
    }

    /** A create repeated as recorded answers as before; repeated with anything different it is refused. */
    public static void assertSameAsRecorded(Object requested, Object recorded, String kind) {
        if (!requested.equals(recorded)) {
            throw CommandRejected.conflict("A different " + kind + " is already recorded with this id.");
        }
    }

    private static CommandRejected notFound(String kind, String id) {
        return CommandRejected.notFound("There is no " + kind + " " + id + ".");
    }
}
