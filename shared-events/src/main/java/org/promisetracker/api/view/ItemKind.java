package org.promisetracker.api.view;

/** What an id names: a plan, one of its actions or benefits, or a report on it. */
public enum ItemKind {
    PLAN,
    ACTION,
    BENEFIT,
    REPORT
}
