package org.promisetracker.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.core.GrantedAuthority;

/** Our roles from a provider's claims: lists and single strings, mapped, unmapped and by name. */
class RoleClaimsTest {

    private final RoleClaims entra = new RoleClaims(
            "roles",
            Map.of(
                    "Tracker.Admin", "ADMIN",
                    "Tracker.Lead", "OFFICER, auditor",
                    "Tracker.Viewer", "VIEWER"));

    @Test
    void givenAListClaim_whenMapped_thenEachMappedValueGivesItsRolesAndOthersNone() {
        assertThat(entra.roles(Map.of("roles", List.of("Tracker.Lead", "Tracker.Viewer", "Mail.Send", "ADMIN"))))
                .as("'ADMIN' is not mapped, so with a mapping configured it is no role")
                .containsExactly(Role.OFFICER, Role.AUDITOR, Role.VIEWER);
    }

    @Test
    void givenASingleStringClaim_whenMapped_thenItIsOneValue() {
        assertThat(entra.roles(Map.of("roles", "Tracker.Admin"))).containsExactly(Role.ADMIN);
        assertThat(entra.roles(Map.of("roles", "Tracker.Admin Tracker.Lead")))
                .as("one string is one value, not split")
                .isEmpty();
    }

    @Test
    void givenAMappedValueInAnotherCase_whenMapped_thenNoRole() {
        assertThat(entra.roles(Map.of("roles", List.of("tracker.admin")))).isEmpty();
    }

    @Test
    void givenNoClaimOrAClaimOfAnotherShape_whenMapped_thenNoRole() {
        assertThat(entra.roles(Map.of("sub", "dawn"))).isEmpty();
        assertThat(entra.roles(Map.of("roles", 42))).isEmpty();
        assertThat(entra.roles(Map.of("roles", List.of(42, Map.of("x", "Tracker.Admin")))))
                .isEmpty();
    }

    @Test
    void givenNoMapping_whenValuesNameRolesInAnyCase_thenThoseRolesAndNothingElse() {
        RoleClaims byName = new RoleClaims("groups", Map.of());

        assertThat(byName.roles(Map.of("groups", List.of("officer", "Auditor", "Tracker.Admin", "ADMINS"))))
                .containsExactly(Role.OFFICER, Role.AUDITOR);
        assertThat(byName.roles(Map.of("groups", "viewer"))).containsExactly(Role.VIEWER);
        assertThat(byName.roles(Map.of("roles", List.of("ADMIN"))))
                .as("only the configured claim counts")
                .isEmpty();
    }

    @Test
    void givenRoles_whenAsAuthorities_thenRoleXSoTheRulesAndHierarchyApply() {
        assertThat(entra.authorities(Map.of("roles", List.of("Tracker.Viewer", "Tracker.Admin"))))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_ADMIN", "ROLE_VIEWER");
    }

    @Test
    void givenAMappingToNoRoleOrAnUnknownOne_whenConfigured_thenStartUpSaysWhich() {
        assertThatThrownBy(() -> new RoleClaims("roles", Map.of("Tracker.Boss", "BOSS")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'Tracker.Boss' to 'BOSS'");
        assertThatThrownBy(() -> new RoleClaims("roles", Map.of("Tracker.None", " , ")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'Tracker.None' to no role");
    }

    @Test
    void givenTheReadmesYaml_whenBound_thenTheMappingsKeysKeepTheirDotsAndCase() {
        // as YAML flattens "role-mapping: { "[Tracker.Admin]": ADMIN }"
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "tracker.security.generate-admin", "true",
                "tracker.security.oidc.issuer-uri", "https://login.microsoftonline.com/tenant/v2.0",
                "tracker.security.oidc.client-id", "2f4c",
                "tracker.security.oidc.role-mapping.[Tracker.Admin]", "ADMIN",
                "tracker.security.oidc.role-mapping.[Tracker.Lead]", "OFFICER,AUDITOR")));

        SecurityProperties properties =
                binder.bind("tracker.security", SecurityProperties.class).get();

        SecurityProperties.Oidc oidc = properties.oidc();
        assertThat(oidc.roleMapping())
                .containsOnly(Map.entry("Tracker.Admin", "ADMIN"), Map.entry("Tracker.Lead", "OFFICER,AUDITOR"));
        assertThat(oidc.audience()).as("the client id by default").isEqualTo("2f4c");
        assertThat(oidc.rolesClaim()).isEqualTo("roles");
        assertThat(oidc.usernameClaim()).isEqualTo("preferred_username");
        assertThat(properties.passwordSignIn())
                .as("no local users and no generated admin beside the provider")
                .isFalse();
    }
}
