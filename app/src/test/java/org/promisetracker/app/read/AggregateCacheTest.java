package org.promisetracker.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.promisetracker.app.read.Recorder.d;
import static org.promisetracker.app.read.Recorder.newId;

import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Direction;
import org.promisetracker.api.benefit.MeasurementRecorded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Aggregates are cached between commands (command-side AggregateCaching). A copy made stale by a
 * write it did not see (another command node appending to the same benefit) must never decide a
 * command: the append collides with the stored sequence, Axon evicts the copy, and the web node's
 * gateway sends the command again, to be decided on the benefit read afresh, the other node's
 * measurement included.
 * <p>
 * Its own context: the refused append leaves a hole in the event sequence, and the read tests that
 * share ReadSideTestBase's context timed out waiting for the projection after it (CI, 2026-11-23).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AggregateCacheTest extends ReadSideTestBase {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void givenACachedBenefit_whenAnotherNodeAppendsToIt_thenTheStaleCopyIsRefusedAndTheCommandIsRetriedOnTheWrite() {
        Recorder officer = recorder();
        String planId = officer.plan("Aggregate cache plan");
        String areaId = officer.area(planId, 1, "Listening to children and young people");
        String actionId = officer.action(planId, areaId, "AC1", d("2025-03-31"), null);
        String benefitId = officer.benefit(
                planId, BenefitType.QUANTITATIVE, Direction.HIGHER_IS_BETTER, null, "Attendance", actionId);
        officer.measure(benefitId, newId(), "2022-03-31", "61");

        String otherNodes = newId();
        appendAsAnotherNode(new MeasurementRecorded(
                benefitId, planId, otherNodes, d("2022-06-30"), new BigDecimal("64"), null, "Service records"));

        // the cached copy's append collides; the gateway sends the command again (CommandRetries) and
        // the benefit, read afresh, takes it: no conflict reaches the officer
        officer.measure(benefitId, newId(), "2022-09-30", "66");
        assertThat(eventStore.lastSequenceNumberFor(benefitId)).contains(3L);
        // and the other node's measurement is known, so a different one under its id is refused
        assertThatThrownBy(() -> officer.measure(benefitId, otherNodes, "2022-06-30", "65"))
                .isInstanceOf(CommandExecutionException.class)
                .hasMessageContaining("different measurement is already recorded");
    }

    /** What another command node does: append the benefit's next event, past this node's cache. */
    private void appendAsAnotherNode(MeasurementRecorded event) {
        long next = eventStore.lastSequenceNumberFor(event.benefitId()).orElseThrow() + 1;
        transactions.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                "Benefit", event.benefitId(), next, event, MetaData.with("recordedBy", "officer"))));
    }
}
