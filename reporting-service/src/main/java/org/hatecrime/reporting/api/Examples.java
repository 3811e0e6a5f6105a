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
