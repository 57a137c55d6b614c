package org.promisetracker.web.api;

import org.promisetracker.api.admin.FindRebuildProgress;
import org.promisetracker.api.admin.RebuildProgress;
import org.promisetracker.api.admin.StartRebuild;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN: rebuild every projection from the event store, and follow its progress. The query node
 * that runs the projection does the work; one whose projection holds no segment refuses with 503.
 */
@RestController
// negotiated before the handler runs: a refused Accept is a 406 problem, not a half-written answer
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class RebuildController {

    private final Queries queries;
    private final Commands commands;

    RebuildController(Queries queries, Commands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @PostMapping("/api/v1/admin/rebuild")
    ResponseEntity<RebuildProgress> start() {
        return ResponseEntity.accepted().body(commands.ask(new StartRebuild(), RebuildProgress.class));
    }

    @GetMapping("/api/v1/admin/rebuild")
    RebuildProgress progress() {
        return queries.one(new FindRebuildProgress(), RebuildProgress.class, "The read side did not answer.");
    }
}
