package org.hatecrime.victimcare.api;

/** Request and response examples of self-referral, for the OpenAPI document. Invented people only. */
final class SelfReferralExamples {

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
