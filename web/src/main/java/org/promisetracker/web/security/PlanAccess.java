package org.promisetracker.web.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.promisetracker.api.plan.MemberRole;
import org.promisetracker.api.view.FindMemberships;
import org.promisetracker.api.view.ItemKind;
import org.promisetracker.api.view.Memberships;
import org.promisetracker.web.http.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who may do what on which plan. A global role (configured, or from the identity provider) holds on
 * every plan; a membership ({@code PUT /api/v1/plans/{planId}/members}) grants its roles on its plan
 * only; a user with neither on a plan is told, for every id of it, what an unknown id is told: 404,
 * so nobody learns which plans exist beyond their own ({@link Hidden}).
 * <p>
 * A request's plan is the one its path names: {@code {planId}} itself, or the plan of its
 * {@code {actionId}}, {@code {benefitId}} or {@code {reportId}}. A user whose global roles already
 * suffice costs nothing more; anyone else costs one query, which answers the user's memberships and
 * the plan of the id together, once per request.
 */
@Component
public class PlanAccess {

    private static final Logger log = LoggerFactory.getLogger(PlanAccess.class);

    private static final Map<String, ItemKind> PATH_IDS = Map.of(
            "planId", ItemKind.PLAN,
            "actionId", ItemKind.ACTION,
            "benefitId", ItemKind.BENEFIT,
            "reportId", ItemKind.REPORT,
            "roundId", ItemKind.ROUND);

    private static final String MEMO = PlanAccess.class.getName() + ".memberships";

    private final MembershipSource memberships;
    private final RoleHierarchy hierarchy;

    PlanAccess(MembershipSource memberships, RoleHierarchy hierarchy) {
        this.memberships = memberships;
        this.hierarchy = hierarchy;
    }

    /** Allows users who hold any of {@code roles} on the request's plan, hides the plan from those who hold none. */
    public AuthorizationManager<RequestAuthorizationContext> anyOf(Role... roles) {
        Set<Role> wanted = EnumSet.copyOf(Arrays.asList(roles));
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(
                    Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
                return decide(authentication.get(), context, wanted);
            }

            @Override
            public String toString() {
                return "plan role " + wanted;
            }
        };
    }

    /**
     * Allows users who hold {@code role} globally or on at least one plan: what serves a plan-level
     * task but names no plan (the import template, for whoever may import into some plan).
     */
    public AuthorizationManager<RequestAuthorizationContext> onSomePlan(Role role) {
        return (authentication, context) -> {
            Authentication user = authentication.get();
            if (!signedIn(user)) {
                return new AuthorizationDecision(false);
            }
            if (holds(globalRoles(user), Set.of(role))) {
                return new AuthorizationDecision(true);
            }
            return new AuthorizationDecision(lookUp(user, null, null).plans().stream()
                    .anyMatch(membership -> holds(reachable(membership.roles()), Set.of(role))));
        };
    }

    /**
     * Whether {@code user} holds {@code role} on {@code planId}, globally or by membership: for a
     * decision a path alone cannot make (an item's assignee, or the plan's administrator).
     */
    public boolean holds(Authentication user, String planId, Role role) {
        if (!signedIn(user)) {
            return false;
        }
        if (holds(globalRoles(user), Set.of(role))) {
            return true;
        }
        return lookUp(user, ItemKind.PLAN, planId).plans().stream()
                .filter(membership -> membership.planId().equals(planId))
                .anyMatch(membership -> holds(reachable(membership.roles()), Set.of(role)));
    }

    /** Whether {@code user} holds a global role, and so sees every plan. */
    public boolean seesEveryPlan(Authentication user) {
        return signedIn(user) && !globalRoles(user).isEmpty();
    }

    /** The plans {@code user} may see: every plan with a global role, otherwise those of their memberships. */
    public Predicate<String> visiblePlans(Authentication user) {
        if (!signedIn(user)) {
            return planId -> false;
        }
        if (seesEveryPlan(user)) {
            return planId -> true;
        }
        Set<String> plans = lookUp(user, null, null).plans().stream()
                .map(Memberships.Membership::planId)
                .collect(Collectors.toUnmodifiableSet());
        return plans::contains;
    }

    private AuthorizationResult decide(Authentication user, RequestAuthorizationContext context, Set<Role> wanted) {
        if (!signedIn(user)) {
            return new AuthorizationDecision(false);
        }
        Set<Role> global = globalRoles(user);
        if (holds(global, wanted)) {
            return new AuthorizationDecision(true);
        }
        Map.Entry<String, ItemKind> target = target(context.getVariables());
        if (target == null) {
            log.error(
                    "A plan rule matched {} without a plan, action, benefit or report id in its path: refused",
                    context.getRequest().getRequestURI());
            return new AuthorizationDecision(false);
        }
        Memberships held = lookUp(user, target.getValue(), target.getKey());
        Set<Role> onPlan = EnumSet.noneOf(Role.class);
        onPlan.addAll(global);
        held.plans().stream()
                .filter(membership -> membership.planId().equals(held.planOfId()))
                .findFirst()
                .ifPresent(membership -> onPlan.addAll(reachable(membership.roles())));
        if (holds(onPlan, wanted)) {
            return new AuthorizationDecision(true);
        }
        if (onPlan.isEmpty()) {
            return new Hidden(target.getValue(), target.getKey());
        }
        return new AuthorizationDecision(false);
    }

    private Memberships lookUp(Authentication user, ItemKind kind, String id) {
        // kept on the request being served, which the pages' checks of their links also come from
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = MEMO + ":" + user.getName() + ":" + kind + ":" + id;
        if (request != null
                && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Memberships known) {
            return known;
        }
        Memberships found;
        try {
            found = this.memberships.find(new FindMemberships(user.getName(), kind, id));
        } catch (RuntimeException e) {
            throw new AccessUnknown(e);
        }
        if (request != null) {
            request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST);
        }
        return found;
    }

    private static Map.Entry<String, ItemKind> target(Map<String, String> variables) {
        // the narrowest first: a benefit's path names no plan, a plan's names nothing narrower
        for (String name : List.of("actionId", "benefitId", "reportId", "roundId", "planId")) {
            String value = variables.get(name);
            if (value != null) {
                return Map.entry(Ids.canonical(value), PATH_IDS.get(name));
            }
        }
        return null;
    }

    private static boolean signedIn(Authentication user) {
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }

    private Set<Role> globalRoles(Authentication user) {
        return roles(hierarchy.getReachableGrantedAuthorities(user.getAuthorities()));
    }

    private Set<Role> reachable(List<MemberRole> roles) {
        return roles(hierarchy.getReachableGrantedAuthorities(roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList()));
    }

    private static Set<Role> roles(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            for (Role role : Role.values()) {
                if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static boolean holds(Set<Role> held, Set<Role> wanted) {
        return held.stream().anyMatch(wanted::contains);
    }

    /**
     * The user holds nothing on the plan the id belongs to, or the id names nothing: answered as an
     * unknown id is, with a 404 naming the id as the path gave it.
     */
    public static final class Hidden extends AuthorizationDecision {

        private final ItemKind kind;
        private final String id;

        Hidden(ItemKind kind, String id) {
            super(false);
            this.kind = kind;
            this.id = id;
        }

        /** What the service says of an id of this kind that names nothing. */
        public String detail() {
            return "There is no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id + ".";
        }
    }

    /** The memberships could not be read (the read side is down): neither allowed nor refused, a 503. */
    public static final class AccessUnknown extends AccessDeniedException {

        AccessUnknown(Throwable cause) {
            super("Memberships could not be read", cause);
        }
    }
}
