package org.promisetracker.query.access;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.axonframework.queryhandling.QueryHandler;
import org.promisetracker.api.plan.MemberRole;
import org.promisetracker.api.plan.PlanMember;
import org.promisetracker.api.plan.PlanMembers;
import org.promisetracker.api.view.FindMemberships;
import org.promisetracker.api.view.FindPlanMembers;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.api.view.Memberships;
import org.promisetracker.api.view.Memberships.Membership;
import org.promisetracker.query.readmodel.ReadSchemas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who holds which roles on which plan, from the latest grant or revocation of each user on each
 * plan; and which plan an id belongs to, for the web nodes' per-plan authorization.
 */
@Component
class MemberQueries {

    private final JdbcClient jdbc;
    private final ReadSchemas schemas;

    MemberQueries(JdbcClient jdbc, ReadSchemas schemas) {
        this.jdbc = jdbc;
        this.schemas = schemas;
    }

    @QueryHandler
    PlanMembers handle(FindPlanMembers query) {
        String schema = schemas.live();
        if (planOf(schema, ItemKind.PLAN, query.planId()) == null) {
            return null;
        }
        List<PlanMember> members = jdbc.sql("SELECT username, roles FROM (SELECT DISTINCT ON (username_key) "
                        + "username_key, username, roles FROM " + schema + ".plan_member WHERE plan_id = ? "
                        + "ORDER BY username_key, position DESC) latest WHERE roles <> '' ORDER BY username_key")
                .param(query.planId())
                .query((row, n) -> new PlanMember(row.getString("username"), roles(row.getString("roles"))))
                .list();
        return new PlanMembers(query.planId(), members);
    }

    @QueryHandler
    Memberships handle(FindMemberships query) {
        String schema = schemas.live();
        List<Membership> plans = jdbc.sql(
                        "SELECT plan_id, roles FROM (SELECT DISTINCT ON (plan_id) plan_id, roles FROM "
                                + schema
                                + ".plan_member WHERE username_key = ? ORDER BY plan_id, position DESC) latest "
                                + "WHERE roles <> '' ORDER BY plan_id")
                .param(query.username().toLowerCase(Locale.ROOT))
                .query((row, n) -> new Membership(row.getString("plan_id"), roles(row.getString("roles"))))
                .list();
        String planOfId = query.kind() == null || query.id() == null ? null : planOf(schema, query.kind(), query.id());
        return new Memberships(plans, planOfId);
    }

    private String planOf(String schema, ItemKind kind, String id) {
        String table = switch (kind) {
            case PLAN -> "plan";
            case ACTION -> "action";
            case BENEFIT -> "benefit";
            case REPORT -> "report";
            case ROUND -> "round";
        };
        return jdbc.sql("SELECT plan_id FROM " + schema + "." + table + " WHERE " + table + "_id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static List<MemberRole> roles(String roles) {
        return Arrays.stream(roles.split(",")).map(MemberRole::valueOf).toList();
    }
}
