package org.hatecrime.reporting.domain.subjectaccess;

import java.util.List;
import java.util.UUID;

/**
 * What a request is about, kept sealed under the request's own key: what the administrator gave
 * (the reason, their reference, whether a report and contact details named the person) and what was
 * found (the person's reports and victim keys), so the worker asks the other services for exactly that.
 */
public record Scope(String reason, String reference, UUID namedReport, boolean contactDetailsGiven, List<UUID> reportIds,
        List<String> victimKeys) {

    static String recordId(UUID requestId) {
        return "subject_access_request:" + requestId;
    }

    static String partRecordId(UUID requestId, int seq) {
        return "subject_access_part:" + requestId + ":" + seq;
    }
}
