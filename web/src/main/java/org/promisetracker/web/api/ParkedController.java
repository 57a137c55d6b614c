package org.promisetracker.web.api;

import org.promisetracker.api.admin.FindParkedEvents;
import org.promisetracker.api.admin.ParkedList;
import org.promisetracker.api.admin.ParkedRetried;
import org.promisetracker.api.admin.RetryParkedEvents;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: the plan projection's parked events, and a retry of them all (API.md's admin calls). */
@RestController
// negotiated before the handler runs: a refused Accept is a 406 problem, not a half-done retry
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class ParkedController {

    private final Queries queries;
    private final Commands commands;

    ParkedController(Queries queries, Commands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/api/v1/admin/parked")
    ParkedList list() {
        return queries.one(new FindParkedEvents(), ParkedList.class, "The read side did not answer.");
    }

    @PostMapping("/api/v1/admin/parked/retry")
    ParkedRetried retry() {
        return commands.ask(new RetryParkedEvents(), ParkedRetried.class);
    }
}
