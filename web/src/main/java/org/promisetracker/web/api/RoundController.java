package org.promisetracker.web.api;

import static org.promisetracker.web.security.Role.ADMIN;
import static org.promisetracker.web.security.Role.APPROVER;
import static org.promisetracker.web.security.Role.OFFICER;
import static org.promisetracker.web.security.Role.VIEWER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.promisetracker.api.Recorded;
import org.promisetracker.api.action.AssignAction;
import org.promisetracker.api.benefit.AssignBenefit;
import org.promisetracker.api.round.OpenRound;
import org.promisetracker.api.round.ReviewUpdate;
import org.promisetracker.api.round.RoundItem;
import org.promisetracker.api.round.SignOffRound;
import org.promisetracker.api.round.SubmitUpdate;
import org.promisetracker.api.round.WaiveItem;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.AwaitReadModel;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindLatestFact;
import org.promisetracker.api.view.FindMyUpdates;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.FindRound;
import org.promisetracker.api.view.FindRounds;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.api.view.LatestFact;
import org.promisetracker.api.view.MyUpdates;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.ReadModelCaughtUp;
import org.promisetracker.api.view.RoundList;
import org.promisetracker.api.view.RoundView;
import org.promisetracker.web.api.Commands.Created;
import org.promisetracker.web.http.Ids;
import org.promisetracker.web.security.ApiAuthorization;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reporting round over HTTP: a plan's administrators open a round and review what comes in;
 * an item's assignees (or the plan's administrators) submit its update; an APPROVER signs the round
 * off; and who updates each action and benefit.
 */
@RestController
class RoundController {

    record OpenRoundRequest(
            @Pattern(regexp = Commands.UUID_PATTERN, message = "must be a UUID") String id,

            String title,
            String committee,
            LocalDate reportDate,
            LocalDate updatesDue) {}

    record CommentRequest(String comment) {}

    record WaiveRequest(String reason) {}

    record AssigneesRequest(@NotNull List<String> usernames) {}

    /** Waits for the read side before reading what a submission rests on: the update may have just been recorded. */
    private static final long READ_WAIT_MILLIS = 2_000;

    private final Commands commands;
    private final Queries queries;
    private final PlanAccess access;
    private final Clock clock;

    RoundController(Commands commands, Queries queries, PlanAccess access, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
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

    /**
     * Opens a round asking an update of every action not completed or superseded as at the report
     * date (or today, if that is sooner: the status known now) and of every benefit.
     */
    @PostMapping(
            path = "/api/v1/plans/{planId}/rounds",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Created> open(@PathVariable String planId, @Valid @RequestBody OpenRoundRequest request) {
        String id = Commands.idOrNew(request.id());
        LocalDate today = LocalDate.now(clock);
        LocalDate asAt =
                request.reportDate() == null || request.reportDate().isAfter(today) ? today : request.reportDate();
        PlanDashboard plan = queries.one(
                new FindPlanDashboard(planId, asAt, clock.instant()),
                PlanDashboard.class,
                "There is no plan " + planId + ".");
        // a benefit of actions in two areas is shown in both: it is asked for once
        Set<RoundItem> items = new LinkedHashSet<>();
        for (PlanDashboard.Area area : plan.areas()) {
            for (ActionView action : area.actions()) {
                if (!action.status().isTerminal()) {
                    items.add(new RoundItem(action.actionId(), ItemKind.ACTION));
                }
            }
            for (BenefitView benefit : area.benefits()) {
                items.add(new RoundItem(benefit.benefitId(), ItemKind.BENEFIT));
            }
        }
        Recorded recorded = commands.send(new OpenRound(
                id,
                planId,
                request.title(),
                request.committee(),
                request.reportDate(),
                request.updatesDue(),
                List.copyOf(items)));
        return Commands.created("/api/v1/rounds/" + id, Created.of(id, recorded));
    }

    @GetMapping(path = "/api/v1/rounds/{roundId}", produces = MediaType.APPLICATION_JSON_VALUE)
    RoundView round(@PathVariable String roundId) {
        return round(roundId, LocalDate.now(clock));
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
        awaitReadModel();
        RoundView round = round(roundId, LocalDate.now(clock));
        RoundView.Item item = round.items().stream()
                .filter(candidate -> candidate.itemId().equals(itemId))
                .findFirst()
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "The round has no item " + itemId + "."));
        boolean assignee = item.assignees().stream().anyMatch(name -> name.equalsIgnoreCase(user.getName()));
        if (!assignee && !access.holds(user, round.planId(), ADMIN)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "Only the item's assignees, or the plan's administrators, submit its update.");
        }
        LatestFact fact =
                queries.one(new FindLatestFact(roundId, itemId), LatestFact.class, "The read side did not answer.");
        return commands.send(new SubmitUpdate(roundId, itemId, request.comment(), fact.eventId()));
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
    Recorded giveBack(@PathVariable String roundId, @PathVariable String itemId, @RequestBody CommentRequest request) {
        return commands.send(new ReviewUpdate(roundId, Ids.canonical(itemId), false, request.comment()));
    }

    @PostMapping(
            path = "/api/v1/rounds/{roundId}/items/{itemId}/waive",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Recorded waive(@PathVariable String roundId, @PathVariable String itemId, @RequestBody WaiveRequest request) {
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

    private RoundView round(String roundId, LocalDate today) {
        return queries.one(new FindRound(roundId, today), RoundView.class, "There is no round " + roundId + ".");
    }

    private void awaitReadModel() {
        queries.one(new AwaitReadModel(READ_WAIT_MILLIS), ReadModelCaughtUp.class, "The read side did not answer.");
    }
}
