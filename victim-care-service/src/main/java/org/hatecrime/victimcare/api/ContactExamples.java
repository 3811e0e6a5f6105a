package org.hatecrime.victimcare.api;

/** Request and response examples of the contact operations, for the OpenAPI document. Invented people only. */
final class ContactExamples {

    static final String CONTACT_DETAILS = """
            {
              "referralId": "2c9f4e1a-8b7d-4c6e-a5f4-3d2c1b0a9e8f",
              "obtainedFrom": "INTAKE",
              "obtainedAt": "2026-11-21T10:02:11.120Z",
              "contact": {"name": "Sam Example", "email": "sam@example.org", "phone": "07700 900123", "postcode": "SG1 1AA"},
              "safeContact": {"safeToCall": true, "safeTimes": "weekdays after 6pm", "voicemailAllowed": false,
                              "language": "Polish", "interpreterNeeded": true},
              "safeTimesUnderstood": true,
              "safeTimesReadAs": "weekdays 18:00–24:00"
            }""";

    static final String LOG_CONTACT = """
            {
              "channel": "PHONE",
              "at": "2026-11-23T18:30:00Z",
              "outcomeCode": "NO_ANSWER"
            }""";

    static final String LOG_CONTACT_OVERRIDE = """
            {
              "channel": "SMS",
              "at": "2026-11-23T11:00:00Z",
              "outcomeCode": "MESSAGE_SENT",
              "overrideReasonCode": "HEARING_TOMORROW"
            }""";

    static final String CONTACT_ENTRY = """
            {
              "id": "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f",
              "referralId": "2c9f4e1a-8b7d-4c6e-a5f4-3d2c1b0a9e8f",
              "channel": "PHONE",
              "at": "2026-11-23T18:30:00Z",
              "outcomeCode": "NO_ANSWER",
              "actor": "beacon-worker",
              "recordedAt": "2026-11-23T18:41:07.310Z",
              "language": "Polish",
              "interpreterNeeded": true
            }""";

    private ContactExamples() {
    }
}
