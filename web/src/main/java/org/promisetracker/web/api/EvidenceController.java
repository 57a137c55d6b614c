package org.promisetracker.web.api;

import org.promisetracker.api.view.Evidence;
import org.promisetracker.api.view.FindEvidence;
import org.promisetracker.api.view.FingerprintCheck;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The evidence behind the papers: a plan's tamper-evident chain, and the report a fingerprint names. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class EvidenceController {

    private final Queries queries;

    private final PlanAccess access;

    EvidenceController(Queries queries, PlanAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/api/v1/plans/{planId}/evidence")
    Evidence evidence(@PathVariable String planId) {
        Evidence evidence = queries.one(new FindEvidence(planId), Evidence.class, "There is no plan " + planId + ".");
        if (!evidence.kept()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_IMPLEMENTED,
                    "This service's events are in Axon Server, which keeps its own log: the plan's chain is "
                            + "kept by the PostgreSQL event store only.");
        }
        return evidence;
    }

    /** {@code fingerprint}: as printed on a paper, the full SHA-256 or its short form, spaces and case as typed. */
    @GetMapping("/api/v1/verify")
    FingerprintCheck verify(
            @RequestParam String fingerprint, @RequestParam(required = false) String planId, Authentication user) {
        return FingerprintChecks.ask(queries, fingerprint, planId, access.visiblePlans(user));
    }
}
