package org.promisetracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.action.AddAction;
import org.promisetracker.api.action.ChangeActionStatus;
import org.promisetracker.api.plan.AddArea;
import org.promisetracker.api.plan.CreatePlan;
import org.promisetracker.api.rules.CommandRejected;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The distribution's own embedded PostgreSQL keeps its data directory: close the application,
 * start it again on the same directory, and every event and every structural rule is still there;
 * and it writes every commit to disk before the command is acknowledged.
 */
class RestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void givenEventsWritten_whenRestartedOnTheSameDataDirectory_thenAllAreStillThere() {
        String planId = UUID.randomUUID().toString();
        String areaId = UUID.randomUUID().toString();
        String actionId = UUID.randomUUID().toString();

        List<String> before;
        try (ConfigurableApplicationContext first = start()) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new CreatePlan(
                    planId,
                    "South Lanarkshire Corporate Parenting Strategy and Action Plan 2018-2020",
                    "South Lanarkshire Council",
                    LocalDate.of(2018, 10, 1),
                    LocalDate.of(2020, 12, 31),
                    "Core commitment"));
            commands.sendAndWait(
                    new AddArea(planId, areaId, 1, "Listen and respond to the voices of children and families"));
            commands.sendAndWait(new AddAction(
                    actionId,
                    planId,
                    areaId,
                    "1.1",
                    "Close the gap between care experienced children and young people's views and services",
                    "Service Manager (Children and Justice)",
                    LocalDate.of(2019, 8, 31),
                    null,
                    null,
                    List.of(),
                    null));
            commands.sendAndWait(new ChangeActionStatus(
                    actionId, ActionStatus.COMPLETED, LocalDate.of(2019, 8, 30), "Champions Board established", null));
            before = eventIds(first, planId, actionId);
            // an acknowledged event is on disk: the embedded server neither skips fsync nor commits asynchronously
            JdbcTemplate jdbc = new JdbcTemplate(first.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class))
                    .isEqualTo("on");
        }
        assertThat(before).hasSize(4);
        assertThat(Files.exists(dataDirectory.resolve("postgresql.conf"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(eventIds(second, planId, actionId)).isEqualTo(before);
            CommandGateway commands = second.getBean(CommandGateway.class);
            // the structure and the action's history survived too: the ref is taken and reopening needs a reason
            assertThatThrownBy(() -> commands.sendAndWait(new AddAction(
                            UUID.randomUUID().toString(),
                            planId,
                            areaId,
                            "1.1",
                            "Another",
                            "Nurse Director",
                            null,
                            null,
                            null,
                            List.of(),
                            null)))
                    .isInstanceOf(CommandRejected.Conflict.class);
            assertThatThrownBy(() -> commands.sendAndWait(new ChangeActionStatus(
                            actionId, ActionStatus.PROGRESSING, LocalDate.of(2019, 9, 30), null, null)))
                    .isInstanceOf(CommandRejected.Conflict.class);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PromiseTrackerApplication.class)
                .run("--server.port=0", "--tracker.embedded-postgres.data-directory=" + dataDirectory);
    }

    private static List<String> eventIds(ConfigurableApplicationContext context, String... aggregateIds) {
        EventStore events = context.getBean(EventStore.class);
        return java.util.Arrays.stream(aggregateIds)
                .flatMap(id -> events.readEvents(id).asStream())
                .map(DomainEventMessage::getIdentifier)
                .toList();
    }
}
