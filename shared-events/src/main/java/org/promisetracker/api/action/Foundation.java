package org.promisetracker.api.action;

/** The five foundations of The Promise an action may be tagged with. */
public enum Foundation {
    VOICE,
    FAMILY,
    CARE,
    PEOPLE,
    SCAFFOLDING
}
