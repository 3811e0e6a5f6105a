package org.hatecrime.victimcare.api;

/** Examples for the retention review operations. */
final class RetentionExamples {

    static final String KEEP = """
            {"decision": "KEEP", "reason": "The victim's complaint about the service is still open", "keepUntil": "2033-06-30"}""";

    static final String ANONYMISE = """
            {"decision": "ANONYMISE", "reason": "Closed six years ago; no complaint, claim or request open"}""";

    static final String DECISION = """
            {"id": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f", "referralId": "5b1e7c2d-3f4a-4b6c-9d8e-7f6a5b4c3d2e", "decision": "KEEP",
             "reason": "The victim's complaint about the service is still open", "keepUntil": "2033-06-30",
             "decidedBy": "records-beacon", "agency": "beacon", "decidedAt": "2032-11-30T10:15:00Z"}""";

    static final String REVIEWS = """
            [{"referralId": "5b1e7c2d-3f4a-4b6c-9d8e-7f6a5b4c3d2e", "provider": "beacon", "status": "CLOSED",
              "consentedAt": "2026-11-19T09:00:00Z", "closedAt": "2026-12-18T16:30:00Z", "keptUntil": null,
              "reviewDue": "2032-12-18"}]""";

    private RetentionExamples() {
    }
}
