package org.promisetracker.command.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.Rejection;

/** What every aggregate test shares: the business clock, and ways to name what a command answered. */
public final class FixtureSupport {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final LocalDate TODAY = LocalDate.of(2023, 3, 1);
    public static final Clock CLOCK =
            Clock.fixed(TODAY.atTime(LocalTime.of(10, 15)).atZone(ZONE).toInstant(), ZONE);

    private FixtureSupport() {}

    /**
     * The answer a command gives for the event stored at {@code sequenceNumber} in the aggregate's
     * stream (given or published): its id and its timestamp to the millisecond. Call it after
     * {@code when}, since a given event's id is only made when the fixture stores it.
     */
    public static Recorded recorded(FixtureConfiguration<?> fixture, String aggregateId, long sequenceNumber) {
        return fixture.getEventStore()
                .readEvents(aggregateId)
                .asStream()
                .filter(event -> event.getSequenceNumber() == sequenceNumber)
                .findFirst()
                .map(FixtureSupport::recorded)
                .orElseThrow(() -> new AssertionError("No event " + sequenceNumber + " in " + aggregateId));
    }

    private static Recorded recorded(DomainEventMessage<?> event) {
        return new Recorded(event.getIdentifier(), event.getTimestamp().truncatedTo(ChronoUnit.MILLIS));
    }

    /** A rejection for this reason, naming this field ({@code null} for the whole request). */
    public static Matcher<Rejection> rejection(Rejection.Reason reason, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Rejection rejection) {
                return rejection.reason() == reason && Objects.equals(rejection.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection " + reason + " of field " + field);
            }
        };
    }

    public static Matcher<Rejection> invalid(String field) {
        return rejection(Rejection.Reason.INVALID, field);
    }

    public static Matcher<Rejection> notFound() {
        return rejection(Rejection.Reason.NOT_FOUND, null);
    }

    public static Matcher<Rejection> conflict() {
        return rejection(Rejection.Reason.CONFLICT, null);
    }

    /** A forbidden transition: a conflict that names the field that would allow it. */
    public static Matcher<Rejection> conflict(String field) {
        return rejection(Rejection.Reason.CONFLICT, field);
    }
}
