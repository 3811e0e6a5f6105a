package org.hatecrime.victimcare.api;

/** Request and response examples of the referral operations, for the OpenAPI document. */
final class ReferralExamples {

    static final String REFERRAL = """
            {
              "id": "2c9f4e1a-8b7d-4c6e-a5f4-3d2c1b0a9e8f",
              "provider": "beacon",
              "agency": "beacon",
              "source": "REPORT",
              "reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
              "reportReference": "HC-7K3M-9QXD",
              "district": "STEVENAGE",
              "strands": ["RACE"],
              "occurredAt": "2026-11-20T18:30:00Z",
              "consentedAt": "2026-11-21T09:12:44.501Z",
              "status": "SENT",
              "contactStopped": false,
              "history": [
                {"to": "REQUESTED", "actor": "platform", "at": "2026-11-21T09:12:45.020Z"},
                {"from": "REQUESTED", "to": "SENT", "actor": "platform", "at": "2026-11-21T09:12:45.020Z"}
              ],
              "version": 0
            }""";

    static final String AWAITING_DELIVERY = """
            {
              "id": "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
              "provider": "victim-support",
              "agency": "victim-support",
              "source": "REPORT",
              "reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
              "reportReference": "HC-7K3M-9QXD",
              "district": "WATFORD",
              "strands": ["DISABILITY"],
              "consentedAt": "2026-11-21T09:12:44.501Z",
              "status": "REQUESTED",
              "contactStopped": false,
              "delivery": {
                "attempts": 3,
                "lastError": "the provider's case system answered HTTP 503",
                "lastAttemptAt": "2026-11-21T09:15:05Z",
                "nextAttemptAt": "2026-11-21T09:17:05Z"
              },
              "history": [
                {"to": "REQUESTED", "actor": "platform", "at": "2026-11-21T09:12:45.020Z"}
              ],
              "version": 4
            }""";

    static final String OPEN_REFERRAL = """
            {
              "district": "WATFORD",
              "strands": ["DISABILITY"],
              "consentedAt": "2026-11-22T10:00:00Z"
            }""";

    static final String STATUS_CHANGE = """
            {
              "status": "UNABLE_TO_CONTACT",
              "reasonCode": "NO_RESPONSE_AFTER_3_ATTEMPTS"
            }""";

    private ReferralExamples() {
    }
}
