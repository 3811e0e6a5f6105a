package org.hatecrime.kit.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.security.Caller;

/**
 * The platform clients a service answers subject access queries for: by default intake's alone
 * ({@code hatecrime.subject-access.requesters}). Any other caller, a person or another system, is
 * refused even with the {@code internal-service} role, since the answer is everything held about a
 * person.
 */
@ApplicationScoped
public class SubjectAccessRequesters {

    private final Caller caller;
    private final List<String> requesters;

    SubjectAccessRequesters(Caller caller,
            @ConfigProperty(name = "hatecrime.subject-access.requesters", defaultValue = SubjectAccessQuery.INTAKE_CLIENT)
            List<String> requesters) {
        this.caller = caller;
        this.requesters = requesters;
    }

    /** The calling client as the audit trail names it ({@code client:<id>}); 403 when it is not a requester. */
    public String admit() {
        String client = caller.systemClient().filter(requesters::contains)
                .orElseThrow(() -> ProblemException.forbidden("Only intake assembles subject access exports"));
        return "client:" + client;
    }
}
