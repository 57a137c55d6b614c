package org.promisetracker.query.testing;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.promisetracker.api.summary.FindPlanSummary;
import org.promisetracker.api.summary.PlanSummary;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.FindHistory;
import org.promisetracker.api.view.FindPlanDashboard;
import org.promisetracker.api.view.History;
import org.promisetracker.api.view.PlanDashboard;
import org.promisetracker.platform.testing.ProjectionSync;
import org.promisetracker.platform.testing.TestPostgres;
import org.promisetracker.query.QuerySideApplication;
import org.promisetracker.query.projection.PlanProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query side on its own, as its split node starts it (platform and query-side, no command side,
 * no HTTP API; Axon Server off, so the event store is the embedded one in PostgreSQL), against a
 * database of its own on the shared embedded PostgreSQL. The tests of this module share the one
 * context. Facts are given as events ({@link GivenEvents}); reads are queries through the gateway,
 * asked once the projection has caught up.
 */
@SpringBootTest(classes = QuerySideApplication.class)
public abstract class QuerySideTestBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    private EventStore eventStore;

    @Autowired
    private TransactionManager transactions;

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private QueryGateway queryGateway;

    /** Facts recorded by "officer"; use {@code given().as(...)} for someone else. */
    protected GivenEvents given() {
        return new GivenEvents(eventStore, transactions, "officer");
    }

    protected void awaitProjection() {
        new ProjectionSync(eventStore, processing, PlanProjection.GROUP).awaitCaughtUp();
    }

    /** The answer to the query, or null when the handler answers nothing. */
    protected <R> R query(Object query, Class<R> answer) {
        return queryGateway.query(query, ResponseTypes.instanceOf(answer)).join();
    }

    /** As the read API asks it: a null knownAt is now. */
    protected PlanSummary summary(String planId, String asAt, Instant knownAt) {
        return query(new FindPlanSummary(planId, LocalDate.parse(asAt), orNow(knownAt)), PlanSummary.class);
    }

    /** As the read API asks it: a null knownAt is now. */
    protected PlanDashboard dashboard(String planId, String asAt, Instant knownAt) {
        return query(new FindPlanDashboard(planId, LocalDate.parse(asAt), orNow(knownAt)), PlanDashboard.class);
    }

    protected History history(String itemId) {
        return query(new FindHistory(itemId), History.class);
    }

    /** The dashboard's action with this id, from whichever area it is in, or null when it does not count (yet). */
    protected static ActionView actionOf(PlanDashboard dashboard, String actionId) {
        return dashboard.areas().stream()
                .flatMap(area -> area.actions().stream())
                .filter(action -> action.actionId().equals(actionId))
                .findFirst()
                .orElse(null);
    }

    /** The dashboard's benefit with this id, or null when it does not count (yet). */
    protected static BenefitView benefitOf(PlanDashboard dashboard, String benefitId) {
        return dashboard.areas().stream()
                .flatMap(area -> area.benefits().stream())
                .filter(benefit -> benefit.benefitId().equals(benefitId))
                .findFirst()
                .orElse(null);
    }

    private static Instant orNow(Instant knownAt) {
        return knownAt != null ? knownAt : Instant.now();
    }
}
