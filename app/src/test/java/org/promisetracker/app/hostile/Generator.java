package org.promisetracker.app.hostile;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.promisetracker.app.hostile.Hostile.Token;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the suite's requests from an {@link Operation}: a valid request, or one made hostile in a
 * single place (one body field, the whole body, one path id, the query, a header, the method, or
 * the framing itself, see {@link RawCases}) so that every other part is right and the request gets
 * as far into the service as that one fault lets it.
 */
final class Generator {

    enum Category {
        VALID,
        FIELD,
        BODY,
        PATH,
        QUERY,
        CONTENT_TYPE,
        ACCEPT,
        METHOD,
        RAW
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARKER = "@@hostile@@";
    /** The default of tracker.http.max-body-size. */
    static final int BODY_LIMIT = 64 * 1024;

    private static final List<String> CONTENT_TYPES = List.of(
            "*/*",
            "text/plain",
            "application/xml",
            "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded",
            "application/json;charset=latin1",
            "application/json; charset=utf-16",
            "application/json; charset=nonsense",
            "application/json;;;",
            "garbage",
            "application/problem+json",
            "application/merge-patch+json",
            "APPLICATION/JSON",
            "application/json; charset=\"utf-8\"",
            "text/json",
            "application/*",
            "",
            "application/json, text/plain");
    private static final List<String> ACCEPTS = List.of(
            "application/xml",
            "text/html",
            "text/plain",
            "image/png",
            "garbage",
            "*/*;q=0",
            "application/json;q=0",
            "",
            "application/problem+json",
            "text/html, application/xml;q=0.9",
            "application/json;q=abc",
            "*/*",
            "application/*",
            "application/json; charset=latin1",
            ";;;");
    private static final List<String> QUERIES = List.of(
            "?=",
            "?%zz=1",
            "?&&&",
            "?==",
            "?a=%",
            "?asAt",
            "?asAt=",
            "?asAt=2022-03-31&asAt=2023-01-01",
            "?asAt=%00",
            "?asAt=%ED%A0%80",
            "?asAt=20220331",
            "?asAt=2022-02-30",
            "?asAt=2022-03-31T00:00:00",
            "?asAt=+999999999-12-31",
            "?asAt=-999999999-01-01",
            "?asAt=0000-01-01",
            "?asAt=9999-12-31",
            "?asAt=%20%20",
            "?knownAt=2023-02-20",
            "?knownAt=now",
            "?knownAt=1676888130",
            "?knownAt=2023-02-20T10:15:30",
            "?knownAt=%2B1000000000-12-31T23:59:59Z",
            "?knownAt=-1000000000-01-01T00:00:00Z",
            "?knownAt=0000-01-01T00:00:00Z",
            "?knownAt=9999-12-31T23:59:59.999999999Z",
            "?knownAt=2023-02-20T10:15:30%2B01:00",
            "?knownAt=2023-02-20T10:15:30.1234567891Z",
            "?asAt[]=1",
            "?asAt.x=1",
            "?unknown=1",
            "?x=" + "a".repeat(8_000),
            "?asAt=2022-03-31&knownAt=1970-01-01T00:00:00Z",
            "?%00=1",
            "?%C0%80=1");
    private static final List<String> ODD_PATH_VALUES = List.of(
            "%01",
            "%1F",
            "%7F",
            "%C2%85",
            "%E2%80%AE",
            "%EF%BB%BF",
            "%ED%A0%80",
            "%C0%80",
            "%FF",
            "%F0%9F%98%80",
            "%20",
            "%09",
            "%25",
            "%3F",
            "%23",
            "%2E%2E",
            "%5C",
            "%3B",
            "+",
            "%2B",
            "null",
            "undefined",
            "-1",
            "a".repeat(3_000),
            "%E2%80%8B",
            "%D9%A1%D9%A2",
            "%EF%BC%91");

    private final Bodies bodies;
    private final Fixture fixture;
    private final Random random;
    private final RawCases raw;

    Generator(Bodies bodies, Fixture fixture, Random random, int port) {
        this.bodies = bodies;
        this.fixture = fixture;
        this.random = random;
        this.raw = new RawCases(random, port);
    }

    /** The categories that can be made of this operation: body faults only where it takes a body. */
    static List<Category> categories(Operation operation) {
        List<Category> categories = new ArrayList<>(List.of(Category.values()));
        if (operation.body() == null) {
            // an upload's body faults are its files' and its form's (Uploads); it has no JSON fields
            categories.removeAll(
                    operation.multipart() ? List.of(Category.FIELD) : List.of(Category.FIELD, Category.BODY));
        }
        if (operation.in("path").isEmpty()) {
            categories.remove(Category.PATH);
        }
        return categories;
    }

    Attempt next(Operation operation, Caller caller) {
        return make(operation, caller, category(operation));
    }

    /** A body field gets the biggest share: that is where the deep validation is. */
    Category category(Operation operation) {
        List<Category> categories = categories(operation);
        return operation.body() != null && random.nextInt(3) == 0
                ? Category.FIELD
                : categories.get(random.nextInt(categories.size()));
    }

    Attempt make(Operation operation, Caller caller, Category category) {
        Attempt valid = valid(operation, caller);
        return switch (category) {
            case VALID -> valid;
            case FIELD -> field(valid);
            case BODY -> body(valid);
            case PATH -> path(valid);
            case QUERY ->
                with(
                        valid,
                        "query",
                        null,
                        valid.target().split("\\?")[0] + pick(QUERIES),
                        valid.headers(),
                        valid.body());
            case CONTENT_TYPE -> header(valid, "Content-Type", pick(CONTENT_TYPES));
            case ACCEPT -> header(valid, "Accept", pick(ACCEPTS));
            case METHOD -> raw.method(valid);
            case RAW -> raw.any(valid);
        };
    }

    Attempt valid(Operation operation, Caller caller) {
        Map<String, String> ids = new LinkedHashMap<>();
        operation
                .in("path")
                .forEach(parameter -> ids.put(parameter.name(), fixture.id(Fixture.kindOf(parameter.name()))));
        StringBuilder query = new StringBuilder();
        for (Operation.Parameter parameter : operation.in("query")) {
            // an import's sheet= names the sheet a CSV file holds: a valid upload here is a workbook
            if (random.nextInt(3) == 0 && !parameter.name().equals("sheet")) {
                query.append(query.isEmpty() ? '?' : '&')
                        .append(parameter.name())
                        .append('=')
                        .append(validQueryValue(parameter));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (caller.authorization() != null) {
            headers.put("Authorization", caller.authorization());
        }
        if (random.nextBoolean()) {
            headers.put("Accept", "application/json");
        }
        byte[] body = null;
        if (operation.body() != null) {
            headers.put("Content-Type", "application/json");
            body = JSON.writeValueAsBytes(bodies.valid(operation.body(), "body"));
        } else if (operation.multipart()) {
            headers.put("Content-Type", Uploads.CONTENT_TYPE);
            body = Uploads.valid();
        }
        return new Attempt(
                operation,
                caller,
                "valid",
                "valid",
                operation.method(),
                operation.path(ids) + query,
                headers,
                body,
                null,
                false);
    }

    private Attempt field(Attempt valid) {
        JsonNode body = JSON.readTree(valid.body());
        List<Leaf> leaves = new ArrayList<>();
        collect(body, bodies.resolve(valid.operation().body()), "body", leaves);
        if (leaves.isEmpty()) { // a body whose every field is optional and left out (a comment): hostile as a whole
            return body(valid);
        }
        Leaf leaf = leaves.get(random.nextInt(leaves.size()));
        if (random.nextInt(12) == 0) {
            leaf.remove();
            return with(
                    valid,
                    "field",
                    "missing " + leaf.name(),
                    valid.target(),
                    valid.headers(),
                    JSON.writeValueAsBytes(body));
        }
        Token token = Hostile.forField(bodies.resolve(leaf.schema()), leaf.name(), fixture, random);
        leaf.replace(MARKER);
        return new Attempt(
                valid.operation(),
                valid.caller(),
                "field",
                leaf.name() + ": " + token.label(),
                valid.method(),
                valid.target(),
                valid.headers(),
                splice(JSON.writeValueAsString(body), token.json()),
                null,
                token.unstorable());
    }

    /** A place in the body that a hostile value can take: a property or an item of a list. */
    private record Leaf(JsonNode parent, String property, int index, JsonNode schema, String name) {

        void replace(String marker) {
            if (parent instanceof ObjectNode object) {
                object.put(property, marker);
            } else {
                ((ArrayNode) parent).set(index, JSON.getNodeFactory().stringNode(marker));
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(property);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    /** Every property and list item of {@code node}, nested ones too; items are named for their list. */
    private void collect(JsonNode node, JsonNode schema, String name, List<Leaf> leaves) {
        if (node instanceof ObjectNode object) {
            for (String property : List.copyOf(object.propertyNames())) {
                JsonNode propertySchema =
                        bodies.resolve(schema.path("properties").get(property));
                leaves.add(new Leaf(object, property, -1, propertySchema, property));
                collect(object.get(property), propertySchema, property, leaves);
            }
        } else if (node instanceof ArrayNode array) {
            JsonNode items = bodies.resolve(schema.get("items"));
            for (int i = 0; i < array.size(); i++) {
                leaves.add(new Leaf(array, null, i, items, name));
            }
        }
    }

    private String validQueryValue(Operation.Parameter parameter) {
        if ("boolean".equals(parameter.schema().path("type").stringValue(""))) {
            return String.valueOf(random.nextBoolean());
        }
        return "date".equals(parameter.schema().path("format").stringValue("")) ? "2022-03-31" : "2023-02-20T10:15:30Z";
    }

    private Attempt upload(Attempt valid) {
        Map<String, byte[]> cases = Uploads.hostile();
        String label = pick(List.copyOf(cases.keySet()));
        return with(valid, "body", label, valid.target(), valid.headers(), cases.get(label));
    }

    private Attempt body(Attempt valid) {
        if (valid.operation().multipart()) {
            return upload(valid);
        }
        String json = new String(valid.body(), StandardCharsets.UTF_8);
        // a body of optional fields only may be {}: its "duplicate" is then of a field it does not have
        var names = JSON.readTree(json).propertyNames().iterator();
        String first = names.hasNext() ? names.next() : "comment";
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("empty body", new byte[0]);
        cases.put("null", bytes("null"));
        cases.put("array", bytes("[]"));
        cases.put("array of the body", bytes("[" + json + "]"));
        cases.put("string", bytes("\"text\""));
        cases.put("number", bytes("42"));
        cases.put("open brace", bytes("{"));
        cases.put("truncated", bytes(json.substring(0, 1 + random.nextInt(json.length() - 1))));
        cases.put("trailing brace", bytes(json + "}"));
        cases.put("trailing garbage", bytes(json + "garbage"));
        cases.put("twice", bytes(json + json));
        cases.put("byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(json)));
        cases.put("duplicate key", bytes(json.substring(0, json.length() - 1) + ", \"" + first + "\": null}"));
        cases.put(
                "duplicate key, same value",
                bytes(json.substring(0, json.length() - 1) + ", " + json.substring(1, json.length() - 1) + "}"));
        cases.put("unknown field", bytes(json.substring(0, json.length() - 1) + ", \"unknownField\": 1}"));
        cases.put("__proto__", bytes(json.substring(0, json.length() - 1) + ", \"__proto__\": {\"admin\": true}}"));
        cases.put(
                "@class", bytes(json.substring(0, json.length() - 1) + ", \"@class\": \"java.lang.ProcessBuilder\"}"));
        cases.put(
                "every field null",
                bytes(json.replaceAll(":\\s*(\"[^\"]*\"|[-0-9.]+|true|false|\\[[^\\]]*\\])", ": null")));
        cases.put("body one past the limit", padded(json, BODY_LIMIT + 1));
        cases.put("body at the limit", padded(json, BODY_LIMIT));
        cases.put("body of 300 KB", padded(json, 300 * 1024));
        cases.put("deeply nested body", bytes("[".repeat(5_000) + "]".repeat(5_000)));
        cases.put("deeply nested objects", bytes("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        cases.put("comment", bytes("/* c */" + json));
        cases.put("single quotes", bytes(json.replace('"', '\'')));
        cases.put("unquoted keys", bytes(json.replaceAll("\"(\\w+)\":", "$1:")));
        cases.put("trailing comma", bytes(json.substring(0, json.length() - 1) + ",}"));
        cases.put("UTF-16", json.getBytes(StandardCharsets.UTF_16));
        cases.put("UTF-32", json.getBytes(Charset.forName("UTF-32")));
        cases.put(
                "Latin-1 text",
                json.replace("Illustrative", "Illustr\u00e9tive").getBytes(StandardCharsets.ISO_8859_1));
        cases.put("NUL bytes", concat(bytes(json), new byte[] {0, 0, 0}));
        cases.put("whitespace only", bytes(" \r\n\t "));
        String label = pick(List.copyOf(cases.keySet()));
        return with(valid, "body", label, valid.target(), valid.headers(), cases.get(label));
    }

    private Attempt path(Attempt valid) {
        List<Operation.Parameter> parameters = valid.operation().in("path");
        Operation.Parameter parameter = parameters.get(random.nextInt(parameters.size()));
        String kind = Fixture.kindOf(parameter.name());
        String right = fixture.id(kind);
        List<String[]> values = new ArrayList<>();
        fixture.ids().forEach((other, id) -> {
            if (!other.equals(kind)) {
                values.add(new String[] {other + " id", id});
            }
        });
        values.add(new String[] {"upper-case id", right.toUpperCase(Locale.ROOT)});
        values.add(new String[] {"unknown id", Bodies.uuid(random)});
        for (String malformed : Hostile.malformedIds(right)) {
            values.add(new String[] {
                "malformed id " + malformed.length(),
                URLEncoder.encode(malformed, StandardCharsets.UTF_8).replace("+", "%20")
            });
        }
        for (String odd : ODD_PATH_VALUES) {
            values.add(new String[] {"odd id " + (odd.length() > 20 ? odd.length() + " characters" : odd), odd});
        }
        String[] value = values.get(random.nextInt(values.size()));
        Map<String, String> ids = new LinkedHashMap<>();
        parameters.forEach(other -> ids.put(other.name(), fixture.id(Fixture.kindOf(other.name()))));
        ids.put(parameter.name(), value[1]);
        return with(
                valid,
                "path",
                parameter.name() + ": " + value[0],
                valid.operation().path(ids),
                valid.headers(),
                valid.body());
    }

    private Attempt header(Attempt valid, String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(valid.headers());
        if (value.isEmpty() && random.nextBoolean()) {
            headers.remove(name);
            return with(valid, name.toLowerCase(Locale.ROOT), "no " + name, valid.target(), headers, valid.body());
        }
        headers.put(name, value);
        return with(valid, name.toLowerCase(Locale.ROOT), name + ": " + value, valid.target(), headers, valid.body());
    }

    private static Attempt with(
            Attempt valid, String category, String label, String target, Map<String, String> headers, byte[] body) {
        return new Attempt(
                valid.operation(),
                valid.caller(),
                category,
                label == null ? target.substring(target.indexOf('?')) : label,
                valid.method(),
                target,
                headers,
                body,
                null,
                false);
    }

    /** The body padded with spaces inside its braces to exactly {@code size} bytes. */
    private static byte[] padded(String json, int size) {
        return bytes("{" + " ".repeat(Math.max(0, size - json.length())) + json.substring(1));
    }

    private static byte[] splice(String json, byte[] token) {
        int at = json.indexOf("\"" + MARKER + "\"");
        return concat(bytes(json.substring(0, at)), token, bytes(json.substring(at + MARKER.length() + 2)));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
