package org.promisetracker.app;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;

/**
 * {@code tracker.node.roles}: what this process runs, any of {@code web} (the HTTP API and the pages),
 * {@code command} (the aggregates and the plan directory) and {@code query} (the projections and the
 * query handlers); all three unless set. The scan leaves out the components of a role not taken. What
 * every node shares stays: the platform (Axon wiring, storage, metrics), and the HTTP layer's problems
 * and sign-in, so a command or query node answers its health and metrics like a web node.
 * <p>
 * A node with fewer than all three roles reaches the others only through Axon Server: without it the
 * buses are in-process and a command or query for a role not here would find no handler, so such a
 * configuration stops the start with a message that says so.
 */
public final class NodeRoles implements TypeFilter, EnvironmentAware {

    public static final String PROPERTY = "tracker.node.roles";

    public enum Role {
        WEB("org\\.promisetracker\\.web\\.(api|page)\\..*"),
        COMMAND("org\\.promisetracker\\.command\\..*"),
        QUERY("org\\.promisetracker\\.query\\..*");

        private final Pattern components;

        Role(String components) {
            this.components = Pattern.compile(components);
        }
    }

    private Set<Role> roles = EnumSet.allOf(Role.class);

    @Override
    public void setEnvironment(Environment environment) {
        roles = parse(environment.getProperty(PROPERTY, "web,command,query"));
        if (!roles.equals(EnumSet.allOf(Role.class))
                && !environment.getProperty("axon.axonserver.enabled", Boolean.class, false)) {
            throw new IllegalStateException(PROPERTY + "=" + names(roles)
                    + " needs Axon Server (axon.axonserver.enabled=true) to reach the other roles; without it every "
                    + "node runs all three (web,command,query), and any number of them can share one PostgreSQL.");
        }
    }

    static Set<Role> parse(String value) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String name : value.split(",")) {
            String role = name.strip().toUpperCase(Locale.ROOT);
            if (role.isEmpty()) {
                continue;
            }
            try {
                parsed.add(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PROPERTY + " names an unknown role '" + name.strip()
                        + "': the roles are web, command and query, separated by commas.");
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException(PROPERTY + " is empty: name at least one of web, command and query.");
        }
        return parsed;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(role -> role.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
    }

    /** Excludes the components of the roles this node does not take. */
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        String type = reader.getClassMetadata().getClassName();
        return Arrays.stream(Role.values())
                .anyMatch(role ->
                        !roles.contains(role) && role.components.matcher(type).matches());
    }
}
