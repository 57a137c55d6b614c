package org.promisetracker.api.view;

/** Answers the {@link Assignees} of an action or benefit: who updates it, as last assigned (none: empty). */
public record FindAssignees(String itemId) {}
