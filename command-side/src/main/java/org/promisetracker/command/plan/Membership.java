package org.promisetracker.command.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.promisetracker.api.plan.MemberRole;
import org.promisetracker.api.plan.PlanMember;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.api.rules.Usernames;

/**
 * A plan's members as the plan records them, keyed by username ignoring case (sign-in matches
 * usernames that way, so "J.Smith" and "j.smith" are one person), and the checks on a new list.
 */
final class Membership {

    /** More than a council's whole staff on one plan is a mistake, not a membership. */
    static final int MOST_MEMBERS = 2_000;

    private final Map<String, PlanMember> byKey = new TreeMap<>();

    static String key(String username) {
        return Usernames.key(username);
    }

    PlanMember get(String username) {
        return byKey.get(key(username));
    }

    void grant(String username, List<MemberRole> roles) {
        byKey.put(key(username), new PlanMember(username, roles));
    }

    void revoke(String username) {
        byKey.remove(key(username));
    }

    List<PlanMember> members() {
        return List.copyOf(byKey.values());
    }

    /**
     * The list as it will be recorded, ordered by username: each username once and without spaces,
     * each member with at least one role, roles in a fixed order and once each.
     */
    static List<PlanMember> checked(List<PlanMember> members) {
        if (members == null) {
            throw CommandRejected.invalid("members", "Send the plan's members, or an empty list to remove them all.");
        }
        if (members.size() > MOST_MEMBERS) {
            throw CommandRejected.invalid(
                    "members", "A plan may have up to " + String.format("%,d", MOST_MEMBERS) + " members.");
        }
        Map<String, PlanMember> byKey = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            String field = "members[" + i + "]";
            PlanMember member = members.get(i);
            if (member == null) {
                throw CommandRejected.invalid(field, "A member needs a username and roles.");
            }
            PlanMember checked = checked(field + ".", member);
            if (byKey.containsKey(key(checked.username()))) {
                throw CommandRejected.invalid(
                        field + ".username",
                        "The username " + checked.username() + " is listed twice; list each member once.");
            }
            byKey.put(key(checked.username()), checked);
        }
        List<PlanMember> ordered = new ArrayList<>(byKey.values());
        ordered.sort((a, b) -> key(a.username()).compareTo(key(b.username())));
        return ordered;
    }

    /** One member as recorded; {@code prefix} goes before the names of the fields a refusal names. */
    static PlanMember checked(String prefix, PlanMember member) {
        String username = username(prefix + "username", member.username());
        return new PlanMember(username, roles(prefix + "roles", member.roles()));
    }

    static String username(String field, String username) {
        return Usernames.checked(field, username);
    }

    private static List<MemberRole> roles(String field, List<MemberRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw CommandRejected.invalid(
                    field, "A member needs at least one role; leave the user out of the list to remove them.");
        }
        if (roles.stream().anyMatch(Objects::isNull)) {
            throw CommandRejected.invalid(field, "Roles are ADMIN, OFFICER, AUDITOR and VIEWER.");
        }
        Set<MemberRole> distinct = EnumSet.copyOf(roles);
        return List.copyOf(distinct);
    }
}
