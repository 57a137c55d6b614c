package org.promisetracker.api.benefit;

public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
