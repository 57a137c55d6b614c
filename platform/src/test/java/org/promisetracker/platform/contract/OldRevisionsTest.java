package org.promisetracker.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.ActionStatusChanged;
import org.promisetracker.api.benefit.BenefitAdded;
import org.promisetracker.platform.axon.AxonSerialization;
import org.promisetracker.platform.upcasting.ActionStatusChangedToRevision2;
import org.promisetracker.platform.upcasting.BenefitAddedToRevision2;
import org.promisetracker.platform.upcasting.MeasurementRecordedToRevision2;
import org.promisetracker.platform.upcasting.ProgressNoteRecordedToRevision2;
import org.promisetracker.platform.upcasting.RagAssessedToRevision2;
import org.promisetracker.platform.upcasting.ReportPublishedToRevision2;

/**
 * Events of an old revision stay in the store: each shape ever released is kept in
 * {@code src/test/resources/event-contracts-old} as {@code <Event>.r<revision>.json} (the snapshot
 * {@link EventContractTest} pinned before the change), and must read, through the upcasters the
 * service runs, as an event of the current revision that keeps every value the old one stored.
 */
public class OldRevisionsTest {

    private static final Path OLD =
            Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "event-contracts-old");
    private static final JacksonSerializer SERIALIZER = AxonSerialization.serializer();
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** The upcasters, in the order the service registers them (their {@code @Order}). */
    static final EventUpcasterChain UPCASTERS = new EventUpcasterChain(
            new BenefitAddedToRevision2(),
            new ActionStatusChangedToRevision2(),
            new ProgressNoteRecordedToRevision2(),
            new MeasurementRecordedToRevision2(),
            new RagAssessedToRevision2(),
            new ReportPublishedToRevision2());

    @TestFactory
    Stream<DynamicTest> everyReleasedShapeReadsAsTheCurrentRevision() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(OLD)) {
            files = listed.sorted().toList();
        }
        assertThat(files).as("old shapes in " + OLD).isNotEmpty();
        return files.stream()
                .map(file -> dynamicTest(file.getFileName().toString(), () -> {
                    JsonNode old = JSON.readTree(file.toFile());
                    Object read = upcastAndRead(old);
                    assertThat(read.getClass().getName())
                            .isEqualTo(old.path("type").asText());
                    assertThat(read.getClass().getAnnotation(Revision.class).value())
                            .as("an old shape: the current revision is another")
                            .isNotEqualTo(old.path("revision").asText());
                    JsonNode now = JSON.readTree(
                            SERIALIZER.serialize(read, byte[].class).getData());
                    old.path("payload")
                            .properties()
                            .forEach(field -> assertThat(now.get(field.getKey()))
                                    .as("%s keeps %s", file.getFileName(), field.getKey())
                                    .isEqualTo(field.getValue()));
                }));
    }

    @Test
    void aBenefitAddedBeforeRefsExistedHasNoRef() throws IOException {
        BenefitAdded read = (BenefitAdded)
                upcastAndRead(JSON.readTree(OLD.resolve("BenefitAdded.r1.json").toFile()));

        assertThat(read.ref()).isNull();
        assertThat(read.benefitId()).isEqualTo("benefitId-sample");
        assertThat(read.actionIds()).containsExactly("actionIds-sample");
        assertThat(read.baseline().value()).isEqualByComparingTo("12.50");
    }

    @TestFactory
    Stream<DynamicTest> aFactRecordedBeforeReportsLockedTheirPeriodHasNoLateReason() {
        return Stream.of(
                        "ActionStatusChanged.r1.json",
                        "ProgressNoteRecorded.r1.json",
                        "MeasurementRecorded.r1.json",
                        "RagAssessed.r1.json")
                .map(name -> dynamicTest(name, () -> {
                    Object read = upcastAndRead(JSON.readTree(OLD.resolve(name).toFile()));
                    Object lateReason = read.getClass().getMethod("lateReason").invoke(read);
                    assertThat(lateReason).isNull();
                    assertThat(read.getClass().getMethod("effectiveDate").invoke(read))
                            .hasToString("2024-03-31");
                }));
    }

    @Test
    void aStatusChangeOfRevision1KeepsEverythingItSaid() throws IOException {
        ActionStatusChanged read = (ActionStatusChanged) upcastAndRead(
                JSON.readTree(OLD.resolve("ActionStatusChanged.r1.json").toFile()));

        assertThat(read)
                .isEqualTo(new ActionStatusChanged(
                        "actionId-sample",
                        "planId-sample",
                        ActionStatus.NOT_STARTED,
                        LocalDate.of(2024, 3, 31),
                        "comment-sample",
                        "supersededBy-sample",
                        null));
    }

    private static Object upcastAndRead(JsonNode stored) throws IOException {
        return readThrough(
                UPCASTERS,
                stored.path("type").asText(),
                stored.path("revision").asText(),
                JSON.writeValueAsBytes(stored.path("payload")));
    }

    /**
     * An event stored with {@code payload} of {@code type} and {@code revision}, as {@code upcasters}
     * read it: for a test of the service's own chain, which must hold every upcaster here.
     */
    public static Object readThrough(EventUpcaster upcasters, String type, String revision, byte[] payload) {
        StoredRow entry = new StoredRow(new SimpleSerializedObject<>(payload, byte[].class, type, revision));
        List<IntermediateEventRepresentation> upcast = upcasters
                .upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER)))
                .toList();
        assertThat(upcast).hasSize(1);
        Class<?> read = SERIALIZER.classForType(upcast.get(0).getType());
        assertThat(upcast.get(0).getType().getRevision())
                .as("%s %s is upcast, step by step, to the current revision", read.getSimpleName(), revision)
                .isEqualTo(read.getAnnotation(Revision.class).value());
        return SERIALIZER.deserialize(upcast.get(0).getData());
    }

    /** A row of the store as the upcasters see it: only the payload matters here. */
    private record StoredRow(SerializedObject<byte[]> getPayload) implements DomainEventData<byte[]> {

        @Override
        public String getType() {
            return "Benefit";
        }

        @Override
        public String getAggregateIdentifier() {
            return "aggregate-1";
        }

        @Override
        public long getSequenceNumber() {
            return 0;
        }

        @Override
        public String getEventIdentifier() {
            return "event-1";
        }

        @Override
        public Instant getTimestamp() {
            return Instant.parse("2024-03-31T09:30:00Z");
        }

        @Override
        public SerializedObject<byte[]> getMetaData() {
            return new SimpleSerializedObject<>(
                    "{}".getBytes(StandardCharsets.UTF_8), byte[].class, MetaData.class.getName(), null);
        }
    }
}
