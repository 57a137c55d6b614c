package org.promisetracker.api.benefit;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The people who update the benefit from now on (staff usernames; none: nobody is asked). */
@Revision("1")
public record BenefitAssigned(String benefitId, String planId, List<String> usernames) {

    public BenefitAssigned {
        usernames = List.copyOf(usernames);
    }
}
