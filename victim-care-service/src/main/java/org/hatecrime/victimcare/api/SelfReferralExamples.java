package org.hatecrime.victimcare.api;

/** Request and response examples of self-referral, for the OpenAPI document. Invented people only. */
final class SelfReferralExamples {

    static final String CHALLENGE = """
            {
              "challenge": "v1.self-referral.q3K9zZ0mWm2n6y0C1xT7Qg.1795200000.18.8Qm1o0Xo6l3xVvGx2X3p6qYb4V2dVvA0r0G6Jc2y8Ys",
              "difficulty": 18,
              "expiresAt": "2026-11-20T18:40:00Z"
            }
            """;

    static final String SELF_REFERRAL = """
            {
              "district": "STEVENAGE",
              "strands": ["RELIGION_OR_BELIEF"],
              "contact": {"name": "Sam Example", "phone": "07700 900123"},
              "safeContact": {"safeToCall": true, "safeTimes": "weekdays after 6pm", "voicemailAllowed": false,
                              "language": "English", "interpreterNeeded": false},
              "consentToContact": true
            }""";

    static final String RECEIPT = """
            {
              "reference": "SR-7K3M-9QXD",
              "followUpCode": "Q7M4K9XD2HTA",
              "provider": "Beacon",
              "status": "Received: a support worker will contact you in the way you asked"
            }""";

    static final String STATUS_CHECK = """
            {"code": "Q7M4K9XD2HTA"}""";

    static final String STATUS = """
            {
              "reference": "SR-7K3M-9QXD",
              "provider": "Beacon",
              "status": "A support worker has tried to contact you in the way you asked"
            }""";

    private SelfReferralExamples() {
    }
}
