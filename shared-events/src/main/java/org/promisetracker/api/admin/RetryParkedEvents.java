package org.promisetracker.api.admin;

/** Try every parked item again, oldest first; answered by {@link ParkedRetried}. */
public record RetryParkedEvents() {}
