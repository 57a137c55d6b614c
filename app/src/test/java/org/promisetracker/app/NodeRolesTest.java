package org.promisetracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.promisetracker.app.NodeRoles.Role;
import org.promisetracker.platform.axon.NodeFailures;
import org.promisetracker.query.projection.PlanProjection;
import org.promisetracker.web.api.Queries;
import org.promisetracker.web.http.ProblemAdvice;
import org.springframework.boot.SpringApplication;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.mock.env.MockEnvironment;

class NodeRolesTest {

    private static final String BENEFIT = "org.promisetracker.command.benefit.Benefit";

    private final CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory();

    @Test
    void givenRolesInAnyCaseWithSpaces_whenParsed_thenTheRolesNamed() {
        assertThat(NodeRoles.parse(" Web , QUERY,")).containsExactlyInAnyOrder(Role.WEB, Role.QUERY);
    }

    @Test
    void givenAnUnknownOrNoRole_whenParsed_thenRefusedNamingTheRoles() {
        assertThatThrownBy(() -> NodeRoles.parse("web,reporting"))
                .hasMessageContaining("unknown role 'reporting'")
                .hasMessageContaining("web, command and query");
        assertThatThrownBy(() -> NodeRoles.parse(" , ")).hasMessageContaining("is empty");
    }

    @Test
    void givenAQueryNodeOnAxonServer_whenScanned_thenOnlyTheQuerySideAndWhatEveryNodeSharesAreLeft()
            throws IOException {
        NodeRoles filter = filter("query", true);

        assertThat(excluded(filter, PlanProjection.class)).isFalse();
        assertThat(excluded(filter, BENEFIT)).isTrue();
        assertThat(excluded(filter, Queries.class)).isTrue();
        assertThat(excluded(filter, "org.promisetracker.web.page.AdminForms")).isTrue();
        assertThat(excluded(filter, ProblemAdvice.class)).isFalse();
        assertThat(excluded(filter, NodeFailures.class)).isFalse();
    }

    @Test
    void givenTheDefault_whenScanned_thenNothingIsLeftOut() throws IOException {
        NodeRoles filter = new NodeRoles();
        filter.setEnvironment(new MockEnvironment());

        for (String type : new String[] {PlanProjection.class.getName(), BENEFIT, Queries.class.getName()}) {
            assertThat(excluded(filter, type)).as(type).isFalse();
        }
    }

    @Test
    void givenSomeRolesWithoutAxonServer_whenStarted_thenTheStartStopsSayingWhy() {
        SpringApplication application = new SpringApplication(PromiseTrackerApplication.class);

        assertThatThrownBy(() -> application.run("--tracker.node.roles=web", "--spring.main.web-application-type=none"))
                .rootCause()
                .hasMessageContaining("tracker.node.roles=web needs Axon Server");
    }

    private NodeRoles filter(String roles, boolean axonServer) {
        NodeRoles filter = new NodeRoles();
        filter.setEnvironment(new MockEnvironment()
                .withProperty(NodeRoles.PROPERTY, roles)
                .withProperty("axon.axonserver.enabled", Boolean.toString(axonServer)));
        return filter;
    }

    private boolean excluded(NodeRoles filter, Class<?> type) throws IOException {
        return excluded(filter, type.getName());
    }

    private boolean excluded(NodeRoles filter, String type) throws IOException {
        return filter.match(readers.getMetadataReader(type), readers);
    }
}
