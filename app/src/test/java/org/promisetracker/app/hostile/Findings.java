package org.promisetracker.app.hostile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges each answer and keeps the tally: no 5xx (but those HTTP prescribes for what it does not
 * implement), no answer that refuses yet stored an event, no text accepted that no record may hold, every 4xx a problem whose text leaks nothing
 * (no class names, SQL, stack frames, control characters or halves of characters). Failures are
 * collected, not thrown, so one run reports them all.
 */
final class Findings {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LEAKS = Pattern.compile(
            "\\b(java|javax|jakarta|org|com|tools|io|sun)\\.[a-z]+\\.|SQLState|ERROR:|org\\.postgresql|\\tat |\\w+Exception\\b"
                    + "|\\w+Error\\b|Caused by");

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byCategory = new TreeMap<>();
    private final Map<String, Integer> byOperation = new TreeMap<>();
    private final Map<String, Map<String, Integer>> statusByCategory = new TreeMap<>();
    /** Valid requests an administrator sent, accepted and not: the generator's own check. */
    private final int[] validByAdmin = new int[2];

    private final Map<String, Long> millisByCategory = new TreeMap<>();
    private final Map<String, Long> millisByOperation = new TreeMap<>();
    private final Map<String, Set<Caller>> callers = new TreeMap<>();
    private int requests;

    void judge(Attempt attempt, Wire.Outcome outcome, long eventsBefore, long eventsAfter, long nanos) {
        requests++;
        millisByCategory.merge(attempt.category(), nanos / 1_000_000, Long::sum);
        millisByOperation.merge(attempt.operation().name(), nanos / 1_000_000, Long::sum);
        int status = outcome.status();
        byStatus.merge(status == 0 ? "none" : String.valueOf(status), 1, Integer::sum);
        byCategory.merge(attempt.category(), 1, Integer::sum);
        statusByCategory
                .computeIfAbsent(attempt.category(), category -> new TreeMap<>())
                .merge(status == 0 ? "none" : String.valueOf(status), 1, Integer::sum);
        if (attempt.category().equals("valid") && attempt.caller() == Caller.ADMIN) {
            // a 409 passed every check of the request and met the state of what it changes (a round's
            // update already reviewed, a round not ready to sign off): valid as far as a generator can know
            validByAdmin[(status >= 200 && status < 300) || status == 409 ? 0 : 1]++;
        }
        byOperation.merge(attempt.operation().name(), 1, Integer::sum);
        callers.computeIfAbsent(attempt.operation().name(), name -> EnumSet.noneOf(Caller.class))
                .add(attempt.caller());
        List<String> wrong = new ArrayList<>();
        if (status == 0) {
            wrong.add("no answer");
        } else if (status >= 500 && !owed(status, attempt)) {
            wrong.add("a server error");
        } else if (status >= 300 && status < 400) {
            wrong.add("a redirect");
        }
        if (status >= 200 && status <= 299 && attempt.unstorable()) {
            wrong.add("accepted text no record may hold");
        }
        if ((status < 200 || status > 299) && eventsAfter != eventsBefore) {
            wrong.add("refused but stored " + (eventsAfter - eventsBefore) + " event(s)");
        }
        if (status >= 400 && !"HEAD".equals(attempt.method())) {
            wrong.addAll(problemFaults(status, outcome));
        }
        if (!wrong.isEmpty()) {
            failures.add(attempt.describe() + "\n    -> " + status + " " + String.join("; ", wrong) + ": "
                    + excerpt(outcome.body()));
        }
    }

    /**
     * The 5xx answers HTTP itself prescribes, made by Tomcat before the service sees the request:
     * 505 for a version it does not speak, 501 for the CONNECT method and a transfer coding it does
     * not implement (RFC 9110 section 9.1, RFC 9112 section 6.1). They are problems like any other.
     */
    private static boolean owed(int status, Attempt attempt) {
        return status == 505 && attempt.label().startsWith("version ")
                || status == 501 && List.of("CONNECT", "Transfer-Encoding gzip").contains(attempt.label());
    }

    private static List<String> problemFaults(int status, Wire.Outcome outcome) {
        List<String> faults = new ArrayList<>();
        if (!outcome.contentType().startsWith("application/problem+json")) {
            faults.add("Content-Type " + outcome.contentType() + ", not a problem");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(outcome.body()))
                    .toString();
        } catch (CharacterCodingException e) {
            return List.of("a body that is not UTF-8");
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(text);
        } catch (JacksonException e) {
            faults.add("a body that is not JSON");
            return faults;
        }
        if (problem == null || !problem.isObject()) {
            faults.add("a body that is no JSON object");
            return faults;
        }
        for (String member : List.of("type", "title", "detail")) {
            if (problem.path(member).stringValue("").isBlank()) {
                faults.add("no " + member);
            }
        }
        if (problem.path("status").asInt(-1) != status) {
            faults.add("status " + problem.path("status") + " in the body");
        }
        if (LEAKS.matcher(text).find()) {
            faults.add("a detail that leaks internals");
        }
        if (unprintable(problem)) {
            faults.add("a control character or a lone surrogate in its text");
        }
        return faults;
    }

    /** True when a text anywhere in the problem holds a C0 or C1 control character or half a surrogate pair. */
    private static boolean unprintable(JsonNode node) {
        if (node.isString()) {
            String text = node.asString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                    return true;
                }
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
        for (JsonNode child : node.values()) {
            if (unprintable(child)) {
                return true;
            }
        }
        return false;
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        text = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        StringBuilder printable = new StringBuilder();
        text.chars()
                .forEach(c ->
                        printable.append(c < 0x20 || c == 0x7F ? "\\x%02X".formatted(c) : String.valueOf((char) c)));
        return printable.toString();
    }

    List<String> failures() {
        return failures;
    }

    int requests() {
        return requests;
    }

    Map<String, Set<Caller>> callers() {
        return callers;
    }

    Map<String, Integer> byCategory() {
        return byCategory;
    }

    /**
     * The share of an administrator's valid requests that were accepted or met only the state of what
     * they change (409): low means the generator's bodies are wrong.
     */
    double validAccepted() {
        return validByAdmin[0] / (double) Math.max(1, validByAdmin[0] + validByAdmin[1]);
    }

    /** One line for the build log: how many requests, how they were answered, how long it took. */
    String summary(double seconds) {
        Map<String, Integer> classes = new TreeMap<>();
        byStatus.forEach((status, count) ->
                classes.merge(status.equals("none") ? "none" : status.charAt(0) + "xx", count, Integer::sum));
        return ("Hostile input: %d requests in %.1f s (%.0f/s), %d failures; by class %s; by status %s; "
                        + "by category %s, their statuses %s (ms spent %s); valid requests of an administrator accepted %.0f%%; "
                        + "by operation %s (ms spent %s)")
                .formatted(
                        requests,
                        seconds,
                        requests / seconds,
                        failures.size(),
                        classes,
                        byStatus,
                        byCategory,
                        statusByCategory,
                        millisByCategory,
                        100 * validAccepted(),
                        byOperation,
                        millisByOperation);
    }
}
