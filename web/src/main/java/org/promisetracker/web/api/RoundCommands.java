package org.promisetracker.web.api;

import static org.promisetracker.web.security.Role.ADMIN;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.promisetracker.api.round.OpenRound;
import org.promisetracker.api.round.RoundItem;
import org.promisetracker.api.round.SubmitUpdate;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.AwaitReadModel;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindLatestFact;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.FindRound;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.api.view.LatestFact;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.api.view.ReadModelCaughtUp;
import org.promisetracker.api.view.RoundView;
import org.promisetracker.web.security.PlanAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The round's commands that need the read side first, the same for the API and the pages: which
 * items a new round asks for, and what a submission rests on and whether the user may make it.
 */
@Component
public class RoundCommands {

    /** How long a round's command waits for the read side to show what was just recorded (the plan, an update). */
    private static final long READ_WAIT_MILLIS = 2_000;

    private final Queries queries;
    private final PlanAccess access;
    private final Clock clock;

    RoundCommands(Queries queries, PlanAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    /**
     * A round asking an update of every action not completed or superseded as at the report date
     * (or today, if that is sooner: the status known now) and of every benefit.
     */
    public OpenRound open(
            String roundId, String planId, String title, String committee, LocalDate reportDate, LocalDate updatesDue) {
        awaitReadModel("the plan's latest changes are not readable yet, so the round's items cannot be known");
        LocalDate today = LocalDate.now(clock);
        LocalDate asAt = reportDate == null || reportDate.isAfter(today) ? today : reportDate;
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
        return new OpenRound(roundId, planId, title, committee, reportDate, updatesDue, List.copyOf(items));
    }

    /**
     * The submission of {@code itemId}'s update by {@code user}: refused (403) unless they are one of
     * its assignees or an administrator of the plan; resting on its latest fact since the round opened.
     */
    public SubmitUpdate submit(String roundId, String itemId, String comment, Authentication user) {
        awaitReadModel("the item's latest update is not readable yet, so the submission cannot rest on it");
        RoundView round = round(roundId);
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
        return new SubmitUpdate(roundId, itemId, comment, fact.eventId());
    }

    /** The read side shows every event stored so far, or a 503 saying why nothing was sent. */
    private void awaitReadModel(String why) {
        ReadModelCaughtUp answer = queries.one(
                new AwaitReadModel(READ_WAIT_MILLIS), ReadModelCaughtUp.class, "The read side did not answer.");
        if (!answer.caughtUp()) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE, "Nothing was recorded: " + why + ". Please try again in a moment.");
        }
    }

    public RoundView round(String roundId) {
        return queries.one(
                new FindRound(roundId, LocalDate.now(clock)), RoundView.class, "There is no round " + roundId + ".");
    }
}
