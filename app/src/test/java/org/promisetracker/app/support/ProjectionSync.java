package org.promisetracker.app.support;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.promisetracker.query.projection.PlanProjection;

/** The platform's {@link org.promisetracker.platform.testing.ProjectionSync} for the app's one projection. */
public final class ProjectionSync {

    private final org.promisetracker.platform.testing.ProjectionSync sync;

    public ProjectionSync(EventStore eventStore, EventProcessingConfiguration processing) {
        this.sync =
                new org.promisetracker.platform.testing.ProjectionSync(eventStore, processing, PlanProjection.GROUP);
    }

    public void awaitCaughtUp() {
        sync.awaitCaughtUp();
    }

    public void awaitCaughtUp(Duration atMost) {
        sync.awaitCaughtUp(atMost);
    }
}
