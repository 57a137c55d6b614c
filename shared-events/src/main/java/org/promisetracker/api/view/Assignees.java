package org.promisetracker.api.view;

import java.util.List;

/** The people who update an item, as they sign in. */
public record Assignees(List<String> usernames) {

    public Assignees {
        usernames = List.copyOf(usernames);
    }
}
