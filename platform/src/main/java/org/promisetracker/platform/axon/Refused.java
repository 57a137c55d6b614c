package org.promisetracker.platform.axon;

import org.axonframework.commandhandling.CommandExecutionException;
import org.promisetracker.api.Rejection;

/**
 * A command refused by a handler outside the aggregates (an administrator's request that the read
 * side cannot do just now). The {@link Rejection} rides as the details, so the web node answers the
 * same problem wherever the handler ran.
 */
public class Refused extends CommandExecutionException {

    public Refused(Rejection.Reason reason, String message) {
        super(message, null, new Rejection(reason, null, message));
    }
}
