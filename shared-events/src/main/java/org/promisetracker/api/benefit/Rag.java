package org.promisetracker.api.benefit;

public enum Rag {
    /** On target. */
    GREEN,
    AMBER,
    /** Under scrutiny. */
    RED,
    /** No assessment yet; never recorded, only read. */
    NOT_ASSESSED
}
