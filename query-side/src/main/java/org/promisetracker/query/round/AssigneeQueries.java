package org.promisetracker.query.round;

import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.view.Assignees;
import org.promisetracker.api.view.FindAssignees;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who updates an action or a benefit: the latest assignment of it. */
@Component
class AssigneeQueries {

    private final JdbcClient jdbc;
    private final ReadSchemas schemas;

    AssigneeQueries(JdbcClient jdbc, ReadSchemas schemas) {
        this.jdbc = jdbc;
        this.schemas = schemas;
    }

    @QueryHandler
    Assignees handle(FindAssignees query) {
        String usernames = jdbc.sql("SELECT usernames FROM " + schemas.live()
                        + ".assignment WHERE item_id = ? ORDER BY position DESC LIMIT 1")
                .param(query.itemId())
                .query(String.class)
                .optional()
                .orElse("");
        List<String> names = usernames.isEmpty() ? List.of() : Arrays.asList(usernames.split(" "));
        return new Assignees(names);
    }
}
