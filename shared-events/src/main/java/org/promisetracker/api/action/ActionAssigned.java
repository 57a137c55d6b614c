package org.promisetracker.api.action;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The people who update the action from now on (staff usernames; none: nobody is asked). */
@Revision("1")
public record ActionAssigned(String actionId, String planId, List<String> usernames) {

    public ActionAssigned {
        usernames = List.copyOf(usernames);
    }
}
