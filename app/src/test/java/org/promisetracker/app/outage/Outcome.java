package org.promisetracker.app.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the clients saw around an outage: PostgreSQL stopping at {@code stopping}, back at {@code restarted}. */
record Outcome(List<Load.Answer> answers, long stopping, long stopped, long restarting, long restarted) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> KINDS = List.of("write", "read", "page", "readiness", "liveness");
    private static final Set<String> PROBLEM_KINDS = Set.of("write", "read");

    void print() {
        System.out.printf(
                "Outage: PostgreSQL stopped in %.1f s, down %.1f s, started in %.1f s%n",
                (stopped - stopping) / 1e9, (restarting - stopped) / 1e9, (restarted - restarting) / 1e9);
        for (String kind : KINDS) {
            List<Load.Answer> ofKind =
                    answers.stream().filter(OutageTest.kind(kind)).toList();
            List<Load.Answer> during = duringOutage(ofKind);
            double recovered = ofKind.stream()
                    .filter(answer -> answer.startedAt() >= restarted && answer.status() < 300)
                    .mapToLong(Load.Answer::endedAt)
                    .min()
                    .stream()
                    .mapToDouble(end -> (end - restarted) / 1e9)
                    .findFirst()
                    .orElse(Double.NaN);
            System.out.printf(
                    "Outage: %-9s %4d answers, %3d during the outage (%3d of them 503): max %.2f s, p99 %.2f s, "
                            + "p50 %.2f s; first success %.1f s after PostgreSQL was back%n",
                    kind,
                    ofKind.size(),
                    during.size(),
                    during.stream().filter(answer -> answer.status() == 503).count(),
                    during.stream().mapToDouble(Load.Answer::seconds).max().orElse(0),
                    OutageTest.percentile(during, 0.99),
                    OutageTest.percentile(during, 0.50),
                    recovered);
        }
    }

    void assertEveryAnswerSucceededOr503Problem() {
        for (Load.Answer answer : answers) {
            String what = answer.client() + " " + answer.kind() + " -> " + answer.status() + " " + answer.body();
            if (answer.kind().equals("liveness")) {
                assertThat(answer.status()).as(what).isEqualTo(200);
                continue;
            }
            assertThat(answer.status()).as(what).isIn(200, 201, 503);
            if (answer.within(stopped, restarting) && !answer.kind().equals("readiness")) {
                assertThat(answer.status()).as("with PostgreSQL down: " + what).isEqualTo(503);
            }
            if (answer.status() != 503 || answer.kind().equals("readiness")) {
                continue;
            }
            assertThat(answer.retryAfter()).as(what).isNotNull().matches("[1-9][0-9]*");
            if (PROBLEM_KINDS.contains(answer.kind())) {
                assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
                JsonNode problem = JSON.readTree(answer.body());
                assertThat(problem.get("type").asString()).isEqualTo("urn:promise-tracker:problem:service-unavailable");
                assertThat(problem.get("status").asInt()).isEqualTo(503);
                assertThat(problem.get("detail").asString())
                        .contains("cannot reach its database")
                        .doesNotContainIgnoringCase("sql")
                        .doesNotContain("Exception", "org.", "java.");
            } else {
                assertThat(answer.contentType()).as(what).startsWith("text/html");
                assertThat(answer.body())
                        .as(what)
                        .contains("temporarily unavailable")
                        .doesNotContain("Exception", "org.", "java.");
            }
        }
    }

    void assertOutageAnswersWithin(Duration bound) {
        List<Load.Answer> during = duringOutage(answers);
        assertThat(during).isNotEmpty();
        Load.Answer slowest = during.stream().max(OutageTest.bySeconds()).orElseThrow();
        assertThat(slowest.seconds())
                .as("slowest answer during the outage: %s", slowest)
                .isLessThanOrEqualTo(bound.toMillis() / 1000.0);
    }

    void assertReadinessDownDuringAndUpAfter() {
        List<Load.Answer> readiness =
                answers.stream().filter(OutageTest.kind("readiness")).toList();
        List<Load.Answer> down = readiness.stream()
                .filter(answer -> answer.within(stopped, restarting))
                .toList();
        assertThat(down).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            JsonNode health = JSON.readTree(answer.body());
            assertThat(health.get("status").asString()).isEqualTo("DOWN");
            assertThat(health.at("/components/db/status").asString()).isEqualTo("DOWN");
        });
        Load.Answer last = readiness.stream()
                .max((a, b) -> Long.compare(a.startedAt(), b.startedAt()))
                .orElseThrow();
        assertThat(last.startedAt()).isGreaterThan(restarted);
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        JsonNode health = JSON.readTree(last.body());
        assertThat(health.at("/components/db/status").asString())
                .as(last.body())
                .isEqualTo("UP");
        assertThat(health.at("/components/projection/status").asString())
                .as(last.body())
                .isEqualTo("UP");
    }

    private List<Load.Answer> duringOutage(List<Load.Answer> of) {
        return of.stream()
                .filter(answer -> answer.overlaps(stopping, restarted))
                .toList();
    }
}
