package org.promisetracker.api.plan;

/**
 * The roles a membership grants on one plan, the same a user may hold for every plan: ADMIN
 * includes OFFICER, AUDITOR and VIEWER; OFFICER, AUDITOR and APPROVER include VIEWER.
 */
public enum MemberRole {
    ADMIN,
    OFFICER,
    AUDITOR,
    APPROVER,
    VIEWER
}
