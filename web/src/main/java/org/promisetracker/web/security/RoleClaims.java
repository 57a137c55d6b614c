package org.promisetracker.web.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Our roles from an identity provider's claims, for a page sign-in and an API token alike. The
 * claim (Entra's app roles are {@code roles}; {@code groups} works too) holds a list of values or a
 * single one; each value maps to the roles configured for it, and a value with no mapping gives no
 * role. With no mapping configured, a value that is a role's name, in any case, is that role. The
 * roles become {@code ROLE_X} authorities, so the role rules and their hierarchy apply as they do
 * for local users.
 */
final class RoleClaims {

    private final String claim;
    private final Map<String, Set<Role>> mapping;

    /** {@code mapping}: claim value to role names, comma separated ({@code Tracker.Lead: OFFICER, AUDITOR}). */
    RoleClaims(String claim, Map<String, String> mapping) {
        this.claim = claim;
        this.mapping = new LinkedHashMap<>();
        mapping.forEach((value, roles) -> this.mapping.put(value, roles(value, roles)));
    }

    Set<Role> roles(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(claims.get(claim))) {
            if (mapping.isEmpty()) {
                Arrays.stream(Role.values())
                        .filter(role -> role.name().equalsIgnoreCase(value.strip()))
                        .forEach(roles::add);
            } else {
                roles.addAll(mapping.getOrDefault(value, Set.of()));
            }
        }
        return roles;
    }

    List<GrantedAuthority> authorities(Map<String, Object> claims) {
        return roles(claims).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    private static List<String> values(Object claimed) {
        if (claimed instanceof String one) {
            return List.of(one);
        }
        if (claimed instanceof Collection<?> many) {
            return many.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        }
        return List.of();
    }

    private static Set<Role> roles(String value, String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("tracker.security.oidc.role-mapping maps '" + value + "' to '"
                        + name.strip() + "', which is not one of " + Arrays.toString(Role.values()));
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalStateException(
                    "tracker.security.oidc.role-mapping maps '" + value + "' to no role; leave it out instead");
        }
        return roles;
    }
}
