package org.promisetracker.web.security;

import org.promisetracker.api.view.FindMemberships;
import org.promisetracker.api.view.Memberships;

/** Where {@link PlanAccess} reads a user's memberships: the query side, through the web's queries. */
@FunctionalInterface
public interface MembershipSource {

    /** The answer; an exception when the read side cannot give one. */
    Memberships find(FindMemberships query);
}
