package org.hatecrime.cases.api;

/** Response examples for the OpenAPI document. */
final class Examples {

    static final String RECEIVED_REPORT = """
            {
              "reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
              "reference": "HC-7K3M-9QXD",
              "district": "STEVENAGE",
              "strands": ["RACE", "RELIGION_OR_BELIEF"],
              "occurredAt": "2026-11-20T18:30:00Z",
              "receivedAt": "2026-11-21T09:12:44.310Z",
              "crimeReference": "41/12345/26"
            }""";

    static final String RECEIVED_REPORTS = "[" + RECEIVED_REPORT + "]";

    static final String WITHDRAWN_REPORTS = """
            [
              {
                "reportId": "3c9e1b7a-2d4f-4a8e-9b1c-5d6e7f8a9b0c",
                "reference": "HC-4RT8-2WXY",
                "district": "WATFORD",
                "strands": ["DISABILITY"],
                "occurredAt": "2026-11-18T21:00:00Z",
                "receivedAt": "2026-11-19T10:05:12.004Z",
                "crimeReference": "41/12211/26",
                "withdrawnAt": "2026-11-25T16:40:00Z",
                "withdrawalReason": "VICTIM_REQUEST"
              }
            ]""";

    private Examples() {
    }
}
