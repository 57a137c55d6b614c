package org.promisetracker.api.view;

/** Answers {@link Evidence}, or nothing for an unknown plan. */
public record FindEvidence(String planId) {}
