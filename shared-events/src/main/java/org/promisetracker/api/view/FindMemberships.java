package org.promisetracker.api.view;

/**
 * Answers the {@link Memberships} of one user (matched ignoring case, as sign-in does) and, when
 * {@code kind} and {@code id} are given, which plan that id belongs to: the two things a request's
 * authorization needs, in one query.
 */
public record FindMemberships(String username, ItemKind kind, String id) {

    public static FindMemberships of(String username) {
        return new FindMemberships(username, null, null);
    }
}
