package org.hatecrime.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hatecrime.kit.subjectaccess.SubjectAccessQuery;
import org.hatecrime.reporting.domain.subjectaccess.HeldElsewhere;

/**
 * Asks victim care and case progression what they hold about a person. Whatever goes wrong is told
 * in the platform's own words (a status, or "unreachable" and the exception's type): an answer's
 * body, or an exception's message, could quote personal data.
 */
@ApplicationScoped
public class OtherServicesHoldings implements HeldElsewhere {

    private final VictimCareSubjectAccessClient victimCare;
    private final CaseSubjectAccessClient cases;

    OtherServicesHoldings(@RestClient VictimCareSubjectAccessClient victimCare, @RestClient CaseSubjectAccessClient cases) {
        this.victimCare = victimCare;
        this.cases = cases;
    }

    @Override
    public Map<String, Object> holdingsOf(String service, SubjectAccessQuery query) {
        Map<String, Object> held;
        try {
            held = switch (service) {
                case VICTIM_CARE -> victimCare.holdings(query);
                case CASES -> cases.holdings(query);
                default -> throw new IllegalArgumentException("no such service: " + service);
            };
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            throw new Unavailable(service + " answered " + status);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Unavailable(service + " unreachable (" + e.getClass().getSimpleName() + ")");
        }
        if (held == null || !service.equals(held.get("service"))) {
            throw new Unavailable(service + " gave no usable answer");
        }
        return held;
    }
}
