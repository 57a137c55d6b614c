package org.promisetracker.web.security;

/**
 * The roles of API.md, and the reporting round's APPROVER. ADMIN may do everything but sign a round
 * off; OFFICER, AUDITOR and APPROVER everything a VIEWER may. An APPROVER (a senior officer) signs
 * off a round that others prepared, so administering a plan does not include it.
 */
public enum Role {
    ADMIN,
    OFFICER,
    AUDITOR,
    APPROVER,
    VIEWER;

    static final String HIERARCHY = """
            ROLE_ADMIN > ROLE_OFFICER
            ROLE_ADMIN > ROLE_AUDITOR
            ROLE_OFFICER > ROLE_VIEWER
            ROLE_AUDITOR > ROLE_VIEWER
            ROLE_APPROVER > ROLE_VIEWER
            """;
}
