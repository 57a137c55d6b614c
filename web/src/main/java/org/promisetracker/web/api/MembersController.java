package org.promisetracker.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.promisetracker.api.plan.MemberRole;
import org.promisetracker.api.plan.PlanMember;
import org.promisetracker.api.plan.PlanMembers;
import org.promisetracker.api.plan.SetPlanMembers;
import org.promisetracker.api.view.AwaitReadModel;
import org.promisetracker.api.view.FindPlanMembers;
import org.promisetracker.api.view.ReadModelCaughtUp;
import org.promisetracker.web.http.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's members: who holds which roles on this plan beyond the global roles. The whole list is
 * sent and answered; the plan records each grant and revocation as an event ({@link SetPlanMembers}).
 */
@RestController
class MembersController {

    private static final Logger log = LoggerFactory.getLogger(MembersController.class);

    /** Long enough for the next request to be authorized by the new memberships, as the read side shows them. */
    private static final long READ_WAIT_MILLIS = 2_000;

    record MemberRequest(String username, List<String> roles) {}

    record MembersRequest(@NotNull List<MemberRequest> members) {}

    private final Commands commands;
    private final Queries queries;

    MembersController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping(path = "/api/v1/plans/{planId}/members", produces = MediaType.APPLICATION_JSON_VALUE)
    PlanMembers members(@PathVariable String planId) {
        return queries.one(new FindPlanMembers(planId), PlanMembers.class, "There is no plan " + planId + ".");
    }

    @PutMapping(
            path = "/api/v1/plans/{planId}/members",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PlanMembers setMembers(@PathVariable String planId, @Valid @RequestBody MembersRequest request) {
        List<PlanMember> members = new ArrayList<>();
        for (int i = 0; i < request.members().size(); i++) {
            MemberRequest member = request.members().get(i);
            members.add(
                    member == null
                            ? null
                            : new PlanMember(member.username(), roles("members[" + i + "].roles", member)));
        }
        PlanMembers recorded = commands.ask(new SetPlanMembers(planId, members), PlanMembers.class);
        awaitReadModel();
        return recorded;
    }

    private static List<MemberRole> roles(String field, MemberRequest member) {
        if (member.roles() == null) {
            return null;
        }
        List<MemberRole> roles = new ArrayList<>();
        for (String role : member.roles()) {
            roles.add(role(field, role));
        }
        return roles;
    }

    private static MemberRole role(String field, String role) {
        if (role != null) {
            for (MemberRole known : MemberRole.values()) {
                if (known.name().equals(role.strip().toUpperCase(Locale.ROOT))) {
                    return known;
                }
            }
        }
        String message = "Roles are ADMIN, OFFICER, AUDITOR and VIEWER.";
        throw new ErrorResponseException(
                HttpStatus.BAD_REQUEST,
                Problems.invalid(message, List.of(new Problems.FieldError(field, message))),
                null);
    }

    /** Recorded already: a read side that does not catch up in time makes the new roles late, not the change failed. */
    private void awaitReadModel() {
        try {
            ReadModelCaughtUp answer = queries.one(
                    new AwaitReadModel(READ_WAIT_MILLIS), ReadModelCaughtUp.class, "The read side did not answer.");
            if (!answer.caughtUp()) {
                log.info("Members recorded, but the read side did not show them within {} ms", READ_WAIT_MILLIS);
            }
        } catch (RuntimeException e) {
            log.info("Members recorded, but could not wait for the read side to show them: {}", e.toString());
        }
    }
}
