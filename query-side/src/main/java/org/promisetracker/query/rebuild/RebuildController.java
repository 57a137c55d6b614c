package org.promisetracker.query.rebuild;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN: rebuild every projection from the event store, and follow its progress. Acts on this
 * node's projection processor, so it is not routed as a query.
 */
@RestController
// negotiated before the handler runs: a refused Accept is a 406 problem, not a half-written answer
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class RebuildController {

    private final Rebuild rebuild;

    RebuildController(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/v1/admin/rebuild")
    ResponseEntity<Rebuild.Progress> start() {
        return ResponseEntity.accepted().body(rebuild.start());
    }

    @GetMapping("/api/v1/admin/rebuild")
    Rebuild.Progress progress() {
        return rebuild.progress();
    }
}
