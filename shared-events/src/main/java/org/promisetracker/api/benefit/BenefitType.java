package org.promisetracker.api.benefit;

public enum BenefitType {
    /** Measured by narrative evidence. */
    QUALITATIVE,
    /** Measured by a number with a unit. */
    QUANTITATIVE,
    /** Measured in money (GBP). */
    CASHABLE;

    public boolean isMeasuredByValue() {
        return this != QUALITATIVE;
    }
}
