package org.promisetracker.app.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One operation of the service's OpenAPI document: what the suite generates requests for. The
 * request body's schema is kept as the document writes it ({@code $ref}s and all); {@link Bodies}
 * resolves it against the document's components. {@code multipart} for an upload (a form with a
 * file), whose hostile bodies are files ({@link Uploads}).
 */
record Operation(String method, String path, List<Parameter> parameters, JsonNode body, boolean multipart) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /** Every operation of the document, in its order. */
    static List<Operation> all(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter :
                        operation.getValue().path("parameters").values()) {
                    parameters.add(new Parameter(
                            parameter.get("name").asString(),
                                    parameter.get("in").asString(),
                            parameter.path("required").asBoolean(false), parameter.get("schema")));
                }
                JsonNode body = operation
                        .getValue()
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .get("schema");
                boolean multipart =
                        operation.getValue().path("requestBody").path("content").has("multipart/form-data");
                operations.add(new Operation(
                        operation.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        List.copyOf(parameters),
                        body,
                        multipart));
            }
        }
        return operations;
    }

    String name() {
        return method + " " + path;
    }

    List<Parameter> in(String where) {
        return parameters.stream()
                .filter(parameter -> parameter.in().equals(where))
                .toList();
    }

    /** The path with each parameter replaced by its value, as given (already escaped for a URI where need be). */
    String path(Map<String, String> values) {
        String filled = path;
        for (Parameter parameter : in("path")) {
            filled = filled.replace("{" + parameter.name() + "}", values.get(parameter.name()));
        }
        return filled;
    }
}
