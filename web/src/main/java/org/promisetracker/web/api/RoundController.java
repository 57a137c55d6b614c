package org.promisetracker.web.api;

import static org.promisetracker.web.security.Role.ADMIN;
import static org.promisetracker.web.security.Role.APPROVER;
import static org.promisetracker.web.security.Role.OFFICER;
import static org.promisetracker.web.security.Role.VIEWER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.action.AssignAction;
import org.promisetracker.api.benefit.AssignBenefit;
import org.promisetracker.api.round.ReviewUpdate;
import org.promisetracker.api.round.SignOffRound;
import org.promisetracker.api.round.WaiveItem;
import org.promisetracker.api.view.FindMyUpdates;
import org.promisetracker.api.view.FindRounds;
import org.promisetracker.api.view.MyUpdates;
import org.promisetracker.api.view.RoundList;
import org.promisetracker.api.view.RoundView;
import org.promisetracker.web.api.Commands.Created;
import org.promisetracker.web.http.Ids;
import org.promisetracker.web.security.ApiAuthorization;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporting round over HTTP: a plan's administrators open a round and review what comes in;
 * an item's assignees (or the plan's administrators) submit its update; an APPROVER signs the round
 * off; and who updates each action and benefit.
 */
@RestController
class RoundController {

    record OpenRoundRequest(
            @Pattern(regexp = Commands.UUID_PATTERN, message = "must be a UUID") String id,

            @NotBlank String title,
            @NotBlank String committee,
            @NotNull LocalDate reportDate,
            @NotNull LocalDate updatesDue) {}

    record CommentRequest(String comment) {}

    /** What is missing: the officer is told it, and the item is due again. */
    record ReturnRequest(@NotBlank String comment) {}

    record WaiveRequest(@NotBlank String reason) {}

    record AssigneesRequest(@NotNull List<String> usernames) {}

    private final Commands commands;
    private final Queries queries;
    private final RoundCommands rounds;
    private final Clock clock;

    RoundController(Commands commands, Queries queries, RoundCommands rounds, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Bean
    static ApiAuthorization roundAccessRules(PlanAccess plans) {
        return requests -> requests.requestMatchers(POST, "/api/v1/plans/{planId}/rounds")
                .access(plans.anyOf(ADMIN))
                .requestMatchers(GET, "/api/v1/plans/{planId}/rounds", "/api/v1/rounds/{roundId}")
                .access(plans.anyOf(VIEWER))
                // an assignee submits; the handler checks which item is theirs
                .requestMatchers(POST, "/api/v1/rounds/{roundId}/items/{itemId}/submit")
                .access(plans.anyOf(OFFICER))
                .requestMatchers(
                        POST,
                        "/api/v1/rounds/{roundId}/items/{itemId}/approve",
                        "/api/v1/rounds/{roundId}/items/{itemId}/return",
                        "/api/v1/rounds/{roundId}/items/{itemId}/waive")
                .access(plans.anyOf(ADMIN))
                .requestMatchers(POST, "/api/v1/rounds/{roundId}/sign-off")
                .access(plans.anyOf(APPROVER))
                .requestMatchers(PUT, "/api/v1/actions/{actionId}/assignees", "/api/v1/benefits/{benefitId}/assignees")
                .access(plans.anyOf(ADMIN))
                .requestMatchers(GET, "/api/v1/me/updates")
                .authenticated();
    }

    @PostMapping(
            path = "/api/v1/plans/{planId}/rounds",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Created> open(@PathVariable String planId, @Valid @RequestBody OpenRoundRequest request) {
        String id = Commands.idOrNew(request.id());
        Recorded recorded = commands.send(rounds.open(
                id, planId, request.title(), request.committee(), request.reportDate(), request.updatesDue()));
        return Commands.created("/api/v1/rounds/" + id, Created.of(id, recorded));
    }

    @GetMapping(path = "/api/v1/rounds/{roundId}", produces = MediaType.APPLICATION_JSON_VALUE)
    RoundView round(@PathVariable String roundId) {
        return rounds.round(roundId);
    }

    @GetMapping(path = "/api/v1/plans/{planId}/rounds", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RoundView> rounds(@PathVariable String planId) {
        return queries.one(
                        new FindRounds(planId, LocalDate.now(clock)),
                        RoundList.class,
                        "There is no plan " + planId + ".")
                .rounds();
    }

    /** The items assigned to the signed-in user in open rounds, soonest due first. */
    @GetMapping(path = "/api/v1/me/updates", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MyUpdates.Update> myUpdates(Authentication user) {
        return queries.one(
                        new FindMyUpdates(user.getName(), LocalDate.now(clock)),
                        MyUpdates.class,
                        "The read side did not answer.")
                .updates();
    }

    @PostMapping(
            path = "/api/v1/rounds/{roundId}/items/{itemId}/submit",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Recorded submit(
            @PathVariable String roundId,
            @PathVariable String itemId,
            @RequestBody CommentRequest request,
            Authentication user) {
        return commands.send(rounds.submit(roundId, itemId, request.comment(), user));
    }

    @PostMapping(
            path = "/api/v1/rounds/{roundId}/items/{itemId}/approve",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Recorded approve(@PathVariable String roundId, @PathVariable String itemId, @RequestBody CommentRequest request) {
        return commands.send(new ReviewUpdate(roundId, Ids.canonical(itemId), true, request.comment()));
    }

    @PostMapping(
            path = "/api/v1/rounds/{roundId}/items/{itemId}/return",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Recorded giveBack(
            @PathVariable String roundId, @PathVariable String itemId, @Valid @RequestBody ReturnRequest request) {
        return commands.send(new ReviewUpdate(roundId, Ids.canonical(itemId), false, request.comment()));
    }

    @PostMapping(
            path = "/api/v1/rounds/{roundId}/items/{itemId}/waive",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Recorded waive(
            @PathVariable String roundId, @PathVariable String itemId, @Valid @RequestBody WaiveRequest request) {
        return commands.send(new WaiveItem(roundId, Ids.canonical(itemId), request.reason()));
    }

    @PostMapping(path = "/api/v1/rounds/{roundId}/sign-off", produces = MediaType.APPLICATION_JSON_VALUE)
    Recorded signOff(@PathVariable String roundId) {
        return commands.send(new SignOffRound(roundId));
    }

    @PutMapping(
            path = "/api/v1/actions/{actionId}/assignees",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Recorded assignAction(@PathVariable String actionId, @Valid @RequestBody AssigneesRequest request) {
        return commands.send(new AssignAction(actionId, request.usernames()));
    }

    @PutMapping(
            path = "/api/v1/benefits/{benefitId}/assignees",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Recorded assignBenefit(@PathVariable String benefitId, @Valid @RequestBody AssigneesRequest request) {
        return commands.send(new AssignBenefit(benefitId, request.usernames()));
    }
}
