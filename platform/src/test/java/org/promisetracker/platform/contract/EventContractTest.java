package org.promisetracker.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.promisetracker.platform.axon.AxonSerialization;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Pins the JSON every event is stored as. Events stay in the store for years and are read back
 * by whatever version of the code runs then, so a renamed field, a changed type or a moved class
 * must come with a new {@code @Revision} and an upcaster; this makes such a change fail the build
 * instead of failing replays in production. Snapshots live in {@code src/test/resources/event-contracts}
 * and are (re)written by running with {@code -Dcontracts.update=true}.
 */
class EventContractTest {

    private static final String EVENT_PACKAGE = "org.promisetracker.api";
    private static final boolean UPDATE = Boolean.getBoolean("contracts.update");
    // the source directory, not the copy on the class path, so updates land where they are committed
    private static final Path SNAPSHOTS =
            Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "event-contracts");

    private static final JacksonSerializer SERIALIZER = AxonSerialization.serializer();
    // keeps 12.50 as 12.50: a change of scale in a stored number is a change of contract too
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    @TestFactory
    Stream<DynamicTest> everyEventKeepsItsStoredShape() {
        List<Class<?>> events = eventTypes();
        assertThat(events).as("events (@Revision types) under " + EVENT_PACKAGE).isNotEmpty();
        assertThat(events.stream().collect(Collectors.groupingBy(Class::getSimpleName, Collectors.counting())))
                .as("snapshot files are named by simple name, so event simple names must be unique")
                .allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1L));
        return events.stream().map(type -> dynamicTest(type.getSimpleName(), () -> checkContract(type)));
    }

    @Test
    void everySnapshotBelongsToAnEvent() throws IOException {
        Set<String> expected =
                eventTypes().stream().map(EventContractTest::snapshotName).collect(Collectors.toSet());
        if (!Files.isDirectory(SNAPSHOTS)) {
            return; // no snapshots, no orphans; the missing ones fail in everyEventKeepsItsStoredShape
        }
        try (Stream<Path> files = Files.list(SNAPSHOTS)) {
            List<String> orphans = files.map(file -> file.getFileName().toString())
                    .filter(name -> !expected.contains(name))
                    .sorted()
                    .toList();
            assertThat(orphans)
                    .as(
                            "snapshots in %s without an event type. Events of a removed or renamed type are still in the "
                                    + "store: keep the type readable (or upcast it to its new name) and delete a snapshot only "
                                    + "for an event that was never released",
                            SNAPSHOTS)
                    .isEmpty();
        }
    }

    private static void checkContract(Class<?> type) throws IOException {
        Object sample = EventSamples.of(type);
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(sample, byte[].class);
        ObjectNode actual = JSON.createObjectNode();
        actual.put("type", serialized.getType().getName());
        actual.put("revision", serialized.getType().getRevision());
        actual.set("payload", JSON.readTree(serialized.getData()));

        Path file = SNAPSHOTS.resolve(snapshotName(type));
        if (UPDATE) {
            Files.createDirectories(SNAPSHOTS);
            Files.writeString(file, PRETTY.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
        }
        if (!Files.exists(file)) {
            fail(
                    "No contract snapshot for event " + type.getName() + " (expected " + file.toAbsolutePath()
                            + "). Run `./mvnw -pl platform test -Dcontracts.update=true` to write it, then review and commit it.");
        }
        JsonNode committed = JSON.readTree(file.toFile());

        assertAll(
                () -> assertSameShape(type, file, committed, actual),
                () -> assertCommittedShapeReadsBackAsSample(type, committed, sample));
    }

    private static void assertSameShape(Class<?> type, Path file, JsonNode committed, JsonNode actual) {
        List<String> changes = new ArrayList<>();
        collectChanges("", committed, actual, changes);
        if (!changes.isEmpty()) {
            fail("The stored shape of " + type.getSimpleName() + " no longer matches its snapshot " + file + ":\n  "
                    + String.join("\n  ", changes) + "\n"
                    + "Events already in the store keep the old shape. If the change is intended, give "
                    + type.getSimpleName() + " a new @Revision, copy the current snapshot (the old JSON) to "
                    + "src/test/resources/event-contracts-old/" + type.getSimpleName() + ".r<old revision>.json, add "
                    + "an upcaster (OldRevisionsTest reads every old shape through them), then rerun with "
                    + "-Dcontracts.update=true and commit the new snapshot.");
        }
    }

    private static void assertCommittedShapeReadsBackAsSample(Class<?> type, JsonNode committed, Object sample)
            throws IOException {
        SimpleSerializedObject<byte[]> stored = new SimpleSerializedObject<>(
                JSON.writeValueAsBytes(committed.get("payload")),
                byte[].class,
                committed.path("type").asText(),
                committed.path("revision").textValue());
        Object read = SERIALIZER.deserialize(stored);
        assertThat(read)
                .as(
                        "an event stored in the committed shape of %s must read back as the sample; if it does not, "
                                + "events already in the store can no longer be read without an upcaster",
                        type.getSimpleName())
                .isEqualTo(sample);
    }

    /** Differences as one line each, with the JSON path, so the failure says what changed. */
    private static void collectChanges(String path, JsonNode before, JsonNode after, List<String> changes) {
        if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = path.isEmpty() ? name : path + "." + name;
                if (!after.has(name)) {
                    changes.add("removed " + child + " (was " + before.get(name) + ")");
                } else if (!before.has(name)) {
                    changes.add("added   " + child + " (now " + after.get(name) + ")");
                } else {
                    collectChanges(child, before.get(name), after.get(name), changes);
                }
            }
        } else if (before.isArray() && after.isArray()) {
            Iterator<JsonNode> old = before.elements();
            Iterator<JsonNode> now = after.elements();
            for (int i = 0; old.hasNext() || now.hasNext(); i++) {
                String child = path + "[" + i + "]";
                if (!now.hasNext()) {
                    changes.add("removed " + child + " (was " + old.next() + ")");
                } else if (!old.hasNext()) {
                    changes.add("added   " + child + " (now " + now.next() + ")");
                } else {
                    collectChanges(child, old.next(), now.next(), changes);
                }
            }
        } else if (!before.equals(after)) {
            changes.add("changed " + path + " from " + before + " to " + after);
        }
    }

    /** Every {@code @Revision} type on the class path under the events package: a new event needs no registration. */
    private static List<Class<?>> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            // records, nested types and mistakes alike: a non-record event should fail loudly, not be skipped
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition beanDefinition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents(EVENT_PACKAGE).stream()
                .map(BeanDefinition::getBeanClassName)
                .map(EventContractTest::load)
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
    }

    private static Class<?> load(String name) {
        try {
            return ClassUtils.forName(name, EventContractTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String snapshotName(Class<?> type) {
        return type.getSimpleName() + ".json";
    }
}
