package org.promisetracker.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split topology on a real Axon Server ({@code -Daxon-server.servers=host:port}, the
 * {@code axon-server} profile): two web, two command and two query nodes of the packaged
 * distribution ({@code tracker.node.roles}) on one PostgreSQL. Writers send every other write to
 * each web node; then one node of each kind is killed with SIGKILL, one after the other, while they
 * write. The only failures allowed are the documented 503s of a node going away with a request in
 * hand; once the survivors have taken over, writes go through without any failure, every
 * acknowledged write is shown and every report verifies.
 * <p>
 * Axon Server keeps the events of earlier runs and tests: the query nodes, on a fresh database,
 * project those too before they show this test's plan.
 */
@EnabledIfSystemProperty(named = "axon-server.servers", matches = ".+")
class SplitNodesIT {

    private static final int WRITERS = 4;
    private static final int WRITES_PER_STAGE = 60;
    private static final Duration START_BOUND = Duration.ofSeconds(240);
    private static final Duration STAGE_BOUND = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void givenTwoNodesOfEachKind_whenOneOfEachIsKilledUnderLoad_thenOnlyDocumentedFailuresAndNothingLost()
            throws Exception {
        String servers = System.getProperty("axon-server.servers");
        try (EmbeddedPostgres postgres = SharedPostgres.start(work.resolve("shared"))) {
            List<String> shared = Stream.concat(
                            SharedPostgres.settings(postgres).stream(),
                            Stream.of("--axon.axonserver.enabled=true", "--axon.axonserver.servers=" + servers))
                    .toList();
            List<Child> nodes = new ArrayList<>();
            try {
                Child command1 = start(nodes, "command-1", "command", shared);
                Child command2 = start(nodes, "command-2", "command", shared);
                Child query1 = start(nodes, "query-1", "query", shared);
                Child query2 = start(nodes, "query-2", "query", shared);
                Child web1 = start(nodes, "web-1", "web", shared);
                Child web2 = start(nodes, "web-2", "web", shared);
                for (Child node : nodes) {
                    node.awaitReady(START_BOUND);
                }
                report("six nodes ready in %.1f s", (System.nanoTime() - command1.started) / 1e9);

                report("the API tour through both web nodes: %d calls", new ApiTour(List.of(web1, web2)).run());
                Ledger ledger = Ledger.create(web1, WRITERS);
                ledger.publishReport(web2, "Progress report through web-2");
                Child holder = await().atMost(STAGE_BOUND)
                        .until(() -> Child.segmentHolder(query1, query2), node -> node != null);

                List<Map<Integer, Integer>> failures = new ArrayList<>();
                failures.add(stage(ledger, List.of(web1, web2), "both", () -> {}));
                failures.add(stage(ledger, List.of(web1, web2), "command", command1::kill));
                failures.add(stage(ledger, List.of(web1, web2), "query", holder::kill));
                Child survivor = holder == query1 ? query2 : query1;
                await().atMost(STAGE_BOUND).until(() -> survivor.holdsProjectionSegment());
                report("query node took the segment %.1f s after the kill", (System.nanoTime() - holder.killed) / 1e9);
                failures.add(stage(ledger, List.of(web2, web1), "web", web1::kill));
                Map<Integer, Integer> settled = stage(ledger, List.of(web2), "settled", () -> {});

                for (Map<Integer, Integer> stage : failures) {
                    assertThat(stage.keySet())
                            .as("failures while nodes were killed")
                            .isSubsetOf(503);
                }
                assertThat(settled).as("failures once the survivors took over").isEmpty();
                ledger.publishReport(web2, "Progress report after the kills");
                report("the API tour on the survivors: %d calls", new ApiTour(List.of(web2)).run());
                await().atMost(STAGE_BOUND)
                        .pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertThat(ledger.missing(web2)).isEmpty());
                assertThat(ledger.unverified(web2))
                        .as("reports that do not verify")
                        .isEmpty();
                report(
                        "failures while killing: %s, after: none; all %d acknowledged writes shown, %d reports verify",
                        failures, ledger.acknowledgedWrites(), ledger.reports());
            } finally {
                nodes.forEach(Child::kill);
            }
        }
    }

    private static Child start(List<Child> nodes, String name, String roles, List<String> shared) throws Exception {
        Child node = Child.start(
                "split-" + name,
                Stream.concat(shared.stream(), Stream.of("--tracker.node.roles=" + roles))
                        .toList());
        nodes.add(node);
        return node;
    }

    /**
     * Writers through the web nodes, {@code kill} run once they are writing, and they go on until
     * they have as much again (or have all met the killed web node); then fresh writers through the
     * web nodes still alive. Answers the failures seen, by status.
     */
    private static Map<Integer, Integer> stage(Ledger ledger, List<Child> webs, String name, Runnable kill)
            throws Exception {
        Ledger.Writers during = ledger.write(webs, name);
        await().atMost(STAGE_BOUND).until(() -> during.acknowledged() >= WRITES_PER_STAGE / 2);
        kill.run();
        await().atMost(STAGE_BOUND).until(() -> during.acknowledged() >= WRITES_PER_STAGE || during.ended());
        during.stop();
        Ledger.Writers after =
                ledger.write(webs.stream().filter(web -> web.process.isAlive()).toList(), name + "-after");
        await().atMost(STAGE_BOUND).until(() -> after.acknowledged() >= WRITES_PER_STAGE / 2);
        after.stop();
        Map<Integer, Integer> failures = new TreeMap<>(during.failures());
        after.failures().forEach((status, count) -> failures.merge(status, count, Integer::sum));
        report(
                "stage %s: %d writes acknowledged, %d unanswered, then %d; failures %s",
                name, during.acknowledged(), during.unanswered(), after.acknowledged(), failures);
        return failures;
    }

    private static void report(String format, Object... args) {
        System.out.printf("Split: " + format + "%n", args);
    }
}
