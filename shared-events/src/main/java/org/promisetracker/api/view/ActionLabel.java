package org.promisetracker.api.view;

/** An action named as a page lists it: by its reference and title. */
public record ActionLabel(String actionId, String ref, String title) {}
