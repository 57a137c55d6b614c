package org.promisetracker.web.security;

/** The roles of API.md. ADMIN may do everything, OFFICER and AUDITOR everything a VIEWER may. */
public enum Role {
    ADMIN,
    OFFICER,
    AUDITOR,
    VIEWER;

    static final String HIERARCHY = """
            ROLE_ADMIN > ROLE_OFFICER
            ROLE_ADMIN > ROLE_AUDITOR
            ROLE_OFFICER > ROLE_VIEWER
            ROLE_AUDITOR > ROLE_VIEWER
            """;
}
