package org.promisetracker.api.plan;

/**
 * The roles a membership grants on one plan, the same four a user may hold for every plan: ADMIN
 * includes the others, OFFICER and AUDITOR include VIEWER.
 */
public enum MemberRole {
    ADMIN,
    OFFICER,
    AUDITOR,
    VIEWER
}
