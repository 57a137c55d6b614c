package org.promisetracker.api.view;

/** What an id names: a plan, one of its actions or benefits, a report on it, or a reporting round of it. */
public enum ItemKind {
    PLAN,
    ACTION,
    BENEFIT,
    REPORT,
    ROUND
}
