package org.promisetracker.api.round;

/** Where an item's update stands in a round. */
public enum UpdateState {
    /** Not submitted yet, or returned and due again (see {@link #RETURNED}). */
    DUE,
    SUBMITTED,
    APPROVED,
    /** Returned by the reviewer with a comment: due again. */
    RETURNED,
    /** Not needed this round, by an administrator's decision with a reason. */
    WAIVED
}
