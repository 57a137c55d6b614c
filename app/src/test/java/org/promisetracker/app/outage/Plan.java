package org.promisetracker.app.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** The plan the outage test writes to: one area and an action per writer, recorded through the API. */
record Plan(String id, String areaId, List<String> actions) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Plan create(Load load) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", "South Ayrshire's Parenting Promise 2021-2030");
        plan.put("organisation", "South Ayrshire Council");
        plan.put("startDate", "2021-04-01");
        plan.put("endDate", "2030-03-31");
        plan.put("areaLabel", "Improvement area");
        String planId = created(load.send(load.post("/api/v1/plans", "admin", JSON.writeValueAsString(plan))));
        String areaId = created(load.send(load.post(
                "/api/v1/plans/" + planId + "/areas",
                "admin",
                "{\"number\": 1, \"title\": \"Listen to care experienced young people\"}")));
        List<String> actions = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            actions.add(created(load.send(load.post(
                    "/api/v1/plans/" + planId + "/actions",
                    "admin",
                    action(UUID.randomUUID().toString(), areaId, "1." + n)))));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> load.send(load.get("/api/v1/actions/" + actions.get(3) + "/history", "auditor"))
                                .statusCode()
                        == 200);
        return new Plan(planId, areaId, List.copyOf(actions));
    }

    static String action(String id, String areaId, String ref) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("id", id);
        action.put("areaId", areaId);
        action.put("ref", ref);
        action.put("title", "Provide regular briefings on corporate parenting responsibilities");
        action.put("leadOfficer", "Corporate Parenting Lead Officer");
        action.put("dueDate", "2024-03-31");
        action.put("foundations", List.of("PEOPLE"));
        return JSON.writeValueAsString(action);
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }
}
