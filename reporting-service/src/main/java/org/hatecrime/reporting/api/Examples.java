package org.hatecrime.reporting.api;

/** Request and response examples for the OpenAPI document. */
final class Examples {

    static final String SUBMIT = """
            {
              "strands": ["RACE", "RELIGION_OR_BELIEF"],
              "description": "Shouted at on the bus because of my headscarf",
              "occurredAt": "2026-11-20T18:30:00Z",
              "district": "STEVENAGE",
              "consents": {"shareWithPolice": true, "referToSupport": true, "statistics": true}
            }""";

    static final String REPORT = """
            {
              "id": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
              "reference": "HC-7K3M-9QXD",
              "agency": "stevenage-centre",
              "channel": "THIRD_PARTY_CENTRE",
              "status": "RECEIVED",
              "strands": ["RACE", "RELIGION_OR_BELIEF"],
              "recordedAs": "NOT_YET_KNOWN",
              "district": "STEVENAGE",
              "occurredAt": "2026-11-20T18:30:00Z",
              "receivedAt": "2026-11-20T18:35:02.117Z",
              "receivedBy": "centre-stevenage",
              "details": {"description": "Shouted at on the bus because of my headscarf",
                          "contact": {"name": "A. Person", "phone": "07700 900123"},
                          "safeContact": {"safeToCall": true, "safeTimes": "weekdays after 6pm", "voicemailAllowed": false}},
              "consents": {"shareWithPolice": true, "referToSupport": true, "statistics": true},
              "possibleDuplicates": [],
              "earlierReportsFromSameVictim": 0,
              "version": 0
            }""";

    static final String INVALID = """
            {
              "type": "https://hatecrime.example/problems/invalid-request",
              "title": "The request is not valid",
              "status": 400,
              "detail": "strands[0]: unknown value 'ASTROLOGY'; allowed: [RACE, RELIGION_OR_BELIEF, SEXUAL_ORIENTATION, DISABILITY, TRANSGENDER_IDENTITY, OTHER]",
              "instance": "/api/v1/reports",
              "requestId": "7c1e2d3f-9a8b-4c5d-8e7f-0a1b2c3d4e5f",
              "violations": [{"field": "strands[0]", "message": "unknown value 'ASTROLOGY'; allowed: [RACE, RELIGION_OR_BELIEF, SEXUAL_ORIENTATION, DISABILITY, TRANSGENDER_IDENTITY, OTHER]"}]
            }""";

    private Examples() {
    }
}
