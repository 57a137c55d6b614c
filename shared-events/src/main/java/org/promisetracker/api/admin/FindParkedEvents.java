package org.promisetracker.api.admin;

/** Answers the {@link ParkedList} of every parked item. */
public record FindParkedEvents() {}
