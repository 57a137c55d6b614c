package org.promisetracker.app.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Who a request claims to be: each role of the roles profile, nobody, and two who are refused at sign-in. */
enum Caller {
    ADMIN("admin", "admin-pw"),
    OFFICER("officer", "officer-pw"),
    AUDITOR("auditor", "auditor-pw"),
    VIEWER("viewer", "viewer-pw"),
    ANONYMOUS(null, null),
    WRONG_PASSWORD("admin", "officer-pw"),
    UNKNOWN_USER("mallory", "mallory-pw");

    private final String user;
    private final String password;

    Caller(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** The Authorization header's value, or null for nobody. */
    String authorization() {
        return user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
