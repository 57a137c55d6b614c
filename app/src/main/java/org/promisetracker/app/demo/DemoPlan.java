package org.promisetracker.app.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.UUID;
import org.promisetracker.api.plan.CreatePlan;

/**
 * One plan of the demo data set as the commands that record it, in the order they are sent:
 * the plan, its areas, actions and benefits, then its history as officers would have recorded it.
 * Every id is derived from a readable key, so loading the same data set twice names the same things.
 */
record DemoPlan(String key, List<Object> commands) {

    DemoPlan {
        commands = List.copyOf(commands);
    }

    static String id(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(UTF_8)).toString();
    }

    String planId() {
        return id(key);
    }

    CreatePlan definition() {
        return (CreatePlan) commands.get(0);
    }

    <T> List<T> commandsOf(Class<T> type) {
        return commands.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
