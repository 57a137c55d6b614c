package org.promisetracker.app.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A plan recorded through the API and every write the service acknowledged since, across any
 * number of crashes and restarts: notes on its actions, measurements of its benefits, and the
 * reports published. Writers record concurrently until told to stop, one action or benefit each.
 */
final class Ledger {

    final String planId;
    private final List<String> histories;
    /** History path to the event ids a 2xx answer acknowledged. */
    private final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();

    private final List<String> reports = new CopyOnWriteArrayList<>();

    private Ledger(String planId, List<String> histories) {
        this.planId = planId;
        this.histories = histories;
        histories.forEach(history -> acknowledged.put(history, ConcurrentHashMap.newKeySet()));
    }

    /** A plan with an action and a benefit for each two writers. */
    static Ledger create(Child child, int writers) {
        String planId = child.created("/api/v1/plans", """
                {"title": "South Ayrshire's Parenting Promise 2021-2030", "organisation": "South Ayrshire Council",
                 "startDate": "2021-04-01", "endDate": "2030-03-31", "areaLabel": "Improvement area"}""");
        String areaId = child.created(
                "/api/v1/plans/" + planId + "/areas",
                "{\"number\": 1, \"title\": \"Listen to care experienced young people\"}");
        List<String> histories = new ArrayList<>();
        for (int writer = 0; writer < writers; writer += 2) {
            String actionId =
                    child.created("/api/v1/plans/" + planId + "/actions", """
                    {"areaId": "%s", "ref": "1.%d", "title": "Provide regular briefings on corporate parenting",
                     "leadOfficer": "Corporate Parenting Lead Officer", "dueDate": "2024-03-31"}""".formatted(areaId, writer / 2 + 1));
            String benefitId = child.created("/api/v1/plans/" + planId + "/benefits", """
                    {"actionIds": ["%s"], "title": "Staff who have completed Promise training", "type": "QUANTITATIVE",
                     "measure": "Percentage of staff trained", "collectionMethod": "Training records", "unit": "%%"}""".formatted(actionId));
            histories.add("/api/v1/actions/" + actionId + "/history");
            histories.add("/api/v1/benefits/" + benefitId + "/history");
        }
        return new Ledger(planId, List.copyOf(histories));
    }

    /** Starts one writer per action and benefit; each records until {@link Writers#stop()}. */
    Writers write(Child child, String run) {
        return new Writers(List.of(child), run);
    }

    /** As {@link #write(Child, String)}, each writer sending its turns to the nodes in turn. */
    Writers write(List<Child> nodes, String run) {
        return new Writers(nodes, run);
    }

    void publishReport(Child child, String title) {
        reports.add(child.created("/api/v1/plans/" + planId + "/reports", """
                {"committee": "Performance and Audit Committee", "reportDate": "2023-02-20", "title": "%s"}""".formatted(title)));
    }

    /** The first action of the plan. */
    String actionId() {
        String history = histories.get(0);
        return history.substring("/api/v1/actions/".length(), history.length() - "/history".length());
    }

    int acknowledgedWrites() {
        return acknowledged.values().stream().mapToInt(Set::size).sum();
    }

    int reports() {
        return reports.size();
    }

    /** The acknowledged writes that no history shows (yet): empty when nothing was lost. */
    List<String> missing(Child child) {
        List<String> missing = new ArrayList<>();
        for (String history : histories) {
            Child.Answer answer = child.get(history, "auditor");
            Set<String> shown = new HashSet<>();
            if (answer.ok()) {
                answer.json()
                        .get("entries")
                        .forEach(entry -> shown.add(entry.get("eventId").asString()));
            }
            acknowledged.get(history).stream()
                    .filter(id -> !shown.contains(id))
                    .forEach(id -> missing.add(history + " " + id));
        }
        return missing;
    }

    /** The reports whose verification does not (yet) answer {@code matches: true}. */
    List<String> unverified(Child child) {
        List<String> unverified = new ArrayList<>();
        for (String report : reports) {
            Child.Answer answer = child.get("/api/v1/reports/" + report + "/verification", "auditor");
            JsonNode matches = answer.ok() ? answer.json().get("matches") : null;
            if (matches == null || !matches.asBoolean()) {
                // what changed since it was frozen says which writes the frozen report lacks
                unverified.add(report + " -> " + answer.status() + " " + answer.body() + "; restatements: "
                        + child.get("/api/v1/reports/" + report + "/restatements", "auditor")
                                .body());
            }
        }
        return unverified;
    }

    /**
     * Concurrent writers, one per history: notes on the actions, measurements of the benefits. Each
     * ends at its first request without an answer, or when stopped. Every answer's status is counted.
     */
    final class Writers {

        private final ExecutorService threads = Executors.newFixedThreadPool(histories.size());
        private final List<Future<?>> running = new ArrayList<>();
        private final AtomicInteger acknowledgedNow = new AtomicInteger();
        private final AtomicInteger unanswered = new AtomicInteger();
        private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        private volatile boolean stopping;

        private Writers(List<Child> nodes, String run) {
            for (String history : histories) {
                String subject = history.substring(0, history.length() - "/history".length());
                boolean action = subject.startsWith("/api/v1/actions/");
                running.add(threads.submit(() -> {
                    for (int turn = 0; !stopping; turn++) {
                        Child child = nodes.get(turn % nodes.size());
                        Child.Answer answer = action
                                ? child.post(subject + "/notes", "officer", """
                                        {"effectiveDate": "2023-02-20", "text": "Briefing %s-%d delivered",
                                         "lateReason": "Recorded under load, after a report perhaps"}""".formatted(run, turn))
                                : child.post(subject + "/measurements", "officer", """
                                        {"effectiveDate": "2023-02-20", "value": %d, "source": "Training records %s",
                                         "lateReason": "Recorded under load, after a report perhaps"}""".formatted(turn % 100, run));
                        statuses.computeIfAbsent(answer.status(), status -> new AtomicInteger())
                                .incrementAndGet();
                        if (answer.ok()) {
                            acknowledged
                                    .get(history)
                                    .add(answer.json().get("eventId").asString());
                            acknowledgedNow.incrementAndGet();
                        } else if (answer.status() == -1) {
                            // the process is gone: this write may or may not be stored, and was not acknowledged
                            unanswered.incrementAndGet();
                            return;
                        }
                    }
                }));
            }
        }

        int acknowledged() {
            return acknowledgedNow.get();
        }

        int unanswered() {
            return unanswered.get();
        }

        /** Whether every writer has ended (stopped, or met a node that did not answer). */
        boolean ended() {
            return running.stream().allMatch(Future::isDone);
        }

        /** How many answers had each status that is neither a success nor "no answer" (the node died). */
        Map<Integer, Integer> failures() {
            Map<Integer, Integer> failures = new java.util.TreeMap<>();
            statuses.forEach((status, count) -> {
                if (status != -1 && (status < 200 || status >= 300)) {
                    failures.put(status, count.get());
                }
            });
            return failures;
        }

        void stop() throws Exception {
            stopping = true;
            for (Future<?> writer : running) {
                writer.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();
        }
    }
}
