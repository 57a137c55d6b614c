package org.promisetracker.app.hostile;

import java.util.Map;

/**
 * One generated request. {@code wire}, when set, is the whole request exactly as it goes over a
 * plain socket ({@link RawHttp}); otherwise {@link Wire} sends method, target, headers and body
 * with the JDK's client, and over the socket only what that client refuses to send. {@code unstorable}
 * when it carries text no record may hold, which must be refused whatever else is right.
 */
record Attempt(
        Operation operation,
        Caller caller,
        String category,
        String label,
        String method,
        String target,
        Map<String, String> headers,
        byte[] body,
        byte[] wire,
        boolean unstorable) {

    String describe() {
        return operation.name() + " as " + caller + " [" + category + ": " + label + "] " + method + " "
                + (target.length() > 160 ? target.substring(0, 160) + "…" : target);
    }
}
