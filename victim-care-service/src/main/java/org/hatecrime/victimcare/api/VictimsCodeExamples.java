package org.hatecrime.victimcare.api;

/** Request and response examples of the Victims' Code operations, for the OpenAPI document. */
final class VictimsCodeExamples {

    static final String CLOCK = """
            {
              "referralId": "2c9f4e1a-8b7d-4c6e-a5f4-3d2c1b0a9e8f",
              "clock": "FIRST_CONTACT_ATTEMPT",
              "right": 4,
              "enhancedRights": false,
              "targetWorkingDays": 5,
              "lastWorkingDay": "2026-11-27",
              "dueAt": "2026-11-28T00:00:00Z",
              "state": "OVERDUE"
            }""";

    static final String REFERRAL_CLOCKS = """
            {
              "referralId": "2c9f4e1a-8b7d-4c6e-a5f4-3d2c1b0a9e8f",
              "enhancedRights": false,
              "readAt": "2026-11-30T09:00:00Z",
              "clocks": [
                {"clock": "REFERRAL_PASSED_ON", "right": 4, "startedAt": "2026-11-20T16:40:00Z", "targetWorkingDays": 2,
                 "lastWorkingDay": "2026-11-24", "dueAt": "2026-11-25T00:00:00Z", "metAt": "2026-11-20T16:40:01Z",
                 "state": "MET"},
                {"clock": "FIRST_CONTACT_ATTEMPT", "right": 4, "startedAt": "2026-11-20T16:40:00Z", "targetWorkingDays": 5,
                 "lastWorkingDay": "2026-11-27", "dueAt": "2026-11-28T00:00:00Z",
                 "state": "OVERDUE"}
              ],
              "evidence": [
                {"id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "right": 3, "evidenceCode": "INFORMATION_GIVEN",
                 "recordedAt": "2026-11-23T10:00:00Z", "recordedBy": "beacon-worker"}
              ]
            }""";

    static final String EVIDENCE_REQUEST = """
            {
              "right": 1,
              "evidenceCode": "INTERPRETER_ARRANGED",
              "recordedAt": "2026-11-23T10:00:00Z"
            }""";

    static final String EVIDENCE = """
            {
              "id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
              "right": 1,
              "evidenceCode": "INTERPRETER_ARRANGED",
              "recordedAt": "2026-11-23T10:00:00Z",
              "recordedBy": "beacon-worker"
            }""";

    static final String COMPLIANCE = """
            {
              "from": "2026-11-01",
              "to": "2026-11-30",
              "referrals": 40,
              "rights": [
                {"right": 1, "title": "To be able to understand and to be understood", "referralsWithEvidence": 6, "clocks": []},
                {"right": 3, "title": "To be given information when reporting a crime", "referralsWithEvidence": 31, "clocks": []},
                {"right": 4, "title": "To be referred to services that support victims", "referralsWithEvidence": 12, "clocks": [
                  {"clock": "REFERRAL_PASSED_ON", "met": 39, "breached": 1, "missed": 1, "overdue": 0, "due": 0, "paused": 0, "stopped": 0},
                  {"clock": "FIRST_CONTACT_ATTEMPT", "met": 33, "breached": 3, "missed": 2, "overdue": 1, "due": 2, "paused": 1, "stopped": 1}
                ]},
                {"right": 7, "title": "To make a Victim Personal Statement", "referralsWithEvidence": 9, "clocks": []},
                {"right": 12, "title": "To make a complaint about your rights not being met", "referralsWithEvidence": 1, "clocks": []}
              ]
            }""";

    private VictimsCodeExamples() {
    }
}
