package org.hatecrime.reporting.domain.subjectaccess;

import java.util.Map;
import org.hatecrime.kit.subjectaccess.SubjectAccessQuery;

/** What another service of the platform holds about a person, asked over its internal endpoint. */
public interface HeldElsewhere {

    /** The services asked, in the order of the export. */
    String VICTIM_CARE = "victim-care-service";
    String CASES = "case-service";

    /** The service's answer, as it gave it; {@link Unavailable} when it cannot give one now. */
    Map<String, Object> holdingsOf(String service, SubjectAccessQuery query);

    /** The service did not answer usably; the message is the platform's own, never the service's body. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }
}
