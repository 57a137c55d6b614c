package org.promisetracker.app.hostile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid request bodies made from the OpenAPI document's schemas: every required property, some of
 * the optional ones, ids of the right kind from the {@link Fixture} and dates inside its plan, so
 * that one hostile field in an otherwise valid body is what the service has to judge.
 */
final class Bodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Inside the fixture plan (2021-04-01 to 2030-03-31) and in the past. */
    private static final LocalDate FIRST = LocalDate.of(2021, 4, 1);

    private final JsonNode schemas;
    private final Fixture fixture;
    private final Random random;

    Bodies(JsonNode document, Fixture fixture, Random random) {
        this.schemas = document.path("components").path("schemas");
        this.fixture = fixture;
        this.random = random;
    }

    /** The schema itself, or the one its {@code $ref} names. */
    JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").stringValue(null);
        return ref == null ? schema : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    JsonNode valid(JsonNode schema, String name) {
        schema = resolve(schema);
        JsonNode values = schema.get("enum");
        if (values != null) {
            return values.get(random.nextInt(values.size()));
        }
        return switch (schema.path("type").stringValue("")) {
            case "object" -> object(schema);
            case "array" -> array(schema, name);
            case "integer" ->
                NODES.numberNode(schema.path("minimum").asInt(1)
                        + random.nextInt(schema.path("maximum").asInt(100)
                                - schema.path("minimum").asInt(1)
                                + 1));
            case "number" -> NODES.numberNode(BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3)));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(text(schema, name));
        };
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new HashSet<>();
        schema.path("required").values().forEach(name -> required.add(name.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            // the fixture plan's reports are dated anywhere in it, so a valid fact always says why it may be late
            boolean needed = required.contains(name) || name.equals("lateReason");
            if (name.equals("id") ? random.nextInt(5) == 0 : needed || random.nextBoolean()) {
                object.set(name, valid(property.getValue(), name));
            }
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, String name) {
        ArrayNode array = NODES.arrayNode();
        String kind = Fixture.kindOf(name);
        if (kind != null) {
            return array.add(fixture.id(kind));
        }
        List<JsonNode> distinct = new ArrayList<>();
        for (int i = 0,
                        n =
                                1
                                        + random.nextInt(Math.min(
                                                3, schema.path("maxItems").asInt(3)));
                i < n;
                i++) {
            JsonNode item = valid(schema.get("items"), name);
            if (!distinct.contains(item)) {
                distinct.add(item);
            }
        }
        distinct.forEach(array::add);
        return array;
    }

    private String text(JsonNode schema, String name) {
        String kind = Fixture.kindOf(name);
        if (kind != null) {
            return fixture.id(kind);
        }
        if (name.equals("usernames")) { // as people sign in: no spaces
            return "officer." + random.nextInt(100);
        }
        return switch (schema.path("format").stringValue("")) {
            case "date" ->
                name.equals("startDate")
                        ? "2021-04-01"
                        : name.equals("endDate")
                                ? "2030-03-31"
                                // a round's updates are due on or before its report date
                                : name.equals("updatesDue")
                                        ? FIRST.toString()
                                        : FIRST.plusDays(random.nextInt(900)).toString();
            case "date-time" -> "2023-02-20T10:15:30Z";
            default -> schema.has("pattern") ? uuid(random) : "Illustrative " + name + " " + random.nextInt(10_000);
        };
    }

    static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
