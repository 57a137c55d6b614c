package org.promisetracker.api.round;

public enum RoundState {
    OPEN,
    SIGNED_OFF,
    PUBLISHED
}
