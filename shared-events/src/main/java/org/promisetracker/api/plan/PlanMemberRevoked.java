package org.promisetracker.api.plan;

import org.axonframework.serialization.Revision;

/** A user no longer holds any role on the plan. The event's metadata says who revoked it, and when. */
@Revision("1")
public record PlanMemberRevoked(String planId, String username) {}
