package org.promisetracker.query.asat;

import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.view.BenefitView.Measurement;
import org.promisetracker.api.view.BenefitView.Trend;

public final class Trends {

    private Trends() {}

    public static Trend between(Measurement previous, Measurement latest, Direction direction) {
        if (previous == null || latest == null || previous.value() == null || latest.value() == null) {
            return Trend.NONE;
        }
        int change = latest.value().compareTo(previous.value());
        if (change == 0) {
            return Trend.STEADY;
        }
        boolean up = change > 0;
        return up == (direction == Direction.HIGHER_IS_BETTER) ? Trend.IMPROVING : Trend.WORSENING;
    }
}
