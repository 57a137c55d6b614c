package org.promisetracker.web.api;

import org.promisetracker.api.view.FindMemberships;
import org.promisetracker.api.view.Memberships;
import org.promisetracker.web.security.MembershipSource;
import org.springframework.stereotype.Component;

/** Memberships for {@link org.promisetracker.web.security.PlanAccess}, asked of any query node, with the queries' retries. */
@Component
class QueryMemberships implements MembershipSource {

    private final Queries queries;

    QueryMemberships(Queries queries) {
        this.queries = queries;
    }

    @Override
    public Memberships find(FindMemberships query) {
        return queries.one(query, Memberships.class, "The read side did not answer.");
    }
}
