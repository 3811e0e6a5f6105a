package org.hatecrime.victimcare.api;

/** Request and response examples of the needs assessment operations, for the OpenAPI document. */
final class NeedsExamples {

    static final String ASSESS = """
            {
              "needs": [
                {"domain": "EMOTIONAL", "level": "HIGH", "notes": "Not sleeping since the incident; would like to talk to someone"},
                {"domain": "PRACTICAL", "level": "LOW"},
                {"domain": "SAFETY", "level": "MEDIUM", "notes": "Avoids the bus stop where it happened"},
                {"domain": "JUSTICE_AND_INFORMATION", "level": "MEDIUM"},
                {"domain": "HEALTH", "level": "NONE"},
                {"domain": "HOUSING", "level": "LOW"},
                {"domain": "FINANCIAL", "level": "NONE"},
                {"domain": "LANGUAGE_AND_COMMUNICATION", "level": "NONE"},
                {"domain": "ONLINE_SAFETY", "level": "HIGH"}
              ],
              "enhancedRights": true,
              "enhancedRightsReason": "INTIMIDATED"
            }""";

    static final String ASSESSMENT = """
            {
              "id": "5e7a9c1b-3d5f-4a8e-b0c2-4d6f8a0c2e4b",
              "referralId": "2c9f4e1a-8b7d-4c6e-a5f4-3d2c1b0a9e8f",
              "assessedAt": "2026-11-25T14:02:10.310Z",
              "assessedBy": "beacon-worker",
              "latest": true,
              "riskLevel": "MEDIUM",
              "enhancedRights": true,
              "enhancedRightsReason": "INTIMIDATED",
              "needs": [
                {"domain": "EMOTIONAL", "level": "HIGH", "notes": "Not sleeping since the incident; would like to talk to someone"},
                {"domain": "PRACTICAL", "level": "LOW"},
                {"domain": "SAFETY", "level": "MEDIUM", "notes": "Avoids the bus stop where it happened"},
                {"domain": "JUSTICE_AND_INFORMATION", "level": "MEDIUM"},
                {"domain": "HEALTH", "level": "NONE"},
                {"domain": "HOUSING", "level": "LOW"},
                {"domain": "FINANCIAL", "level": "NONE"},
                {"domain": "LANGUAGE_AND_COMMUNICATION", "level": "NONE"},
                {"domain": "ONLINE_SAFETY", "level": "HIGH"}
              ]
            }""";

    private NeedsExamples() {
    }
}
