package org.promisetracker.app.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionStatus;

/** A typo in a data file fails here, not at start-up. */
class DemoDataFileTest {

    private static final LocalDate ON = LocalDate.of(2021, 6, 30);

    @Test
    void givenAStatusOfAnUndeclaredAction_whenTurnedIntoCommands_thenTheFileIsRefused() {
        PlanFile file = planWith(
                List.of(), new PlanFile.Status(ON, "1.2", ActionStatus.ON_TARGET, "Illustrative status", null, null));

        assertThatThrownBy(() -> PlanCommands.of("typo", file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No action 1.2 in typo");
    }

    @Test
    void givenAMeasurementFromAnUnknownSource_whenTurnedIntoCommands_thenTheFileIsRefused() {
        PlanFile.Benefit benefit = new PlanFile.Benefit(
                "b", null, null, "Benefit (illustrative)", List.of("1.1"), null, null, null, "%", null, null, null);
        PlanFile file =
                planWith(List.of(benefit), new PlanFile.Measurement(ON, "b", BigDecimal.ONE, null, "finanse", null));

        assertThatThrownBy(() -> PlanCommands.of("typo", file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No source finanse in typo");
    }

    private static PlanFile planWith(List<PlanFile.Benefit> benefits, PlanFile.Fact fact) {
        PlanFile.Action action = new PlanFile.Action(
                "1.1", "Action (illustrative)", "Lead", YearMonth.of(2022, 3), null, null, null, null);
        return new PlanFile(
                "Plan",
                "Council",
                LocalDate.of(2021, 4, 1),
                LocalDate.of(2030, 3, 31),
                "Area",
                List.of(new PlanFile.Area(1, "Area one", List.of(action))),
                benefits,
                Map.of("finance", "Illustrative figure"),
                List.of(fact));
    }
}
