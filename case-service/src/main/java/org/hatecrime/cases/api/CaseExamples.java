package org.hatecrime.cases.api;

/** Request and response examples of the case operations, for the OpenAPI document. */
final class CaseExamples {

    static final String CASE = """
            {
              "id": "5d2f7a10-3c4b-4e8f-9a1b-2c3d4e5f6a7b",
              "reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
              "reportReference": "HC-7K3M-9QXD",
              "force": "herts-police",
              "cpsArea": "cps-thames-chiltern",
              "district": "STEVENAGE",
              "strands": ["RACE"],
              "occurredAt": "2026-11-20T18:30:00Z",
              "openedAt": "2026-11-21T09:12:44.310Z",
              "stage": "CHARGED",
              "crimeReference": "41/12345/26",
              "recordedAs": "CRIME",
              "recordingReason": "PUBLIC_ORDER_OFFENCE",
              "hostilityEvidence": ["HOSTILE_WORDS", "VICTIM_PERCEPTION"],
              "officerId": "PC-4512",
              "hateCrimeFlag": true,
              "hateCrimeFlagReason": "FILED_AS_HATE_CRIME",
              "filedWithCpsAt": "2026-11-28T12:00:00Z",
              "hearings": [],
              "history": [
                {"to": "OPENED", "party": "POLICE", "actor": "platform", "at": "2026-11-21T09:12:44.310Z", "bailConditions": []},
                {"from": "OPENED", "to": "RECORDED", "party": "POLICE", "actor": "client:police-herts-rms", "at": "2026-11-21T11:02:10.101Z", "bailConditions": []},
                {"from": "FILED_WITH_CPS", "to": "CHARGED", "party": "CPS", "reasonCode": "FULL_CODE_TEST_MET", "actor": "cps-lawyer", "at": "2026-12-01T10:00:00Z", "bailConditions": []}
              ],
              "victimUpdates": [
                {"id": "8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "kind": "CHARGE", "eventAt": "2026-12-01T10:00:00Z", "dueAt": "2026-12-08T00:00:00Z", "enhancedRights": false}
              ],
              "linkedCases": [
                {"caseId": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "reason": "REPEAT_VICTIM", "linkedAt": "2026-11-21T09:12:44.310Z"}
              ],
              "version": 7
            }""";

    /** The same case after the victim withdrew consent to share with the police: the case stays, the victim is not contacted. */
    static final String CASE_CONSENT_WITHDRAWN = """
            {
              "id": "5d2f7a10-3c4b-4e8f-9a1b-2c3d4e5f6a7b",
              "reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
              "reportReference": "HC-7K3M-9QXD",
              "force": "herts-police",
              "cpsArea": "cps-thames-chiltern",
              "district": "STEVENAGE",
              "strands": ["RACE"],
              "occurredAt": "2026-11-20T18:30:00Z",
              "openedAt": "2026-11-21T09:12:44.310Z",
              "stage": "CHARGED",
              "crimeReference": "41/12345/26",
              "recordedAs": "CRIME",
              "recordingReason": "PUBLIC_ORDER_OFFENCE",
              "hostilityEvidence": ["HOSTILE_WORDS", "VICTIM_PERCEPTION"],
              "officerId": "PC-4512",
              "hateCrimeFlag": true,
              "hateCrimeFlagReason": "FILED_AS_HATE_CRIME",
              "filedWithCpsAt": "2026-11-28T12:00:00Z",
              "sharingConsentWithdrawnAt": "2026-12-02T14:05:00Z",
              "hearings": [],
              "history": [
                {"to": "OPENED", "party": "POLICE", "actor": "platform", "at": "2026-11-21T09:12:44.310Z", "bailConditions": []},
                {"from": "OPENED", "to": "RECORDED", "party": "POLICE", "actor": "client:police-herts-rms", "at": "2026-11-21T11:02:10.101Z", "bailConditions": []},
                {"from": "FILED_WITH_CPS", "to": "CHARGED", "party": "CPS", "reasonCode": "FULL_CODE_TEST_MET", "actor": "cps-lawyer", "at": "2026-12-01T10:00:00Z", "bailConditions": []}
              ],
              "victimUpdates": [
                {"id": "8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "kind": "CHARGE", "eventAt": "2026-12-01T10:00:00Z", "dueAt": "2026-12-08T00:00:00Z", "enhancedRights": false, "notContactableSince": "2026-12-02T14:05:00Z"}
              ],
              "linkedCases": [],
              "version": 8
            }""";

    /** The same case after the person the report is about was erased at intake: the case stays, its victim link is gone. */
    static final String CASE_VICTIM_ERASED = """
            {
              "id": "5d2f7a10-3c4b-4e8f-9a1b-2c3d4e5f6a7b",
              "reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
              "reportReference": "HC-7K3M-9QXD",
              "force": "herts-police",
              "cpsArea": "cps-thames-chiltern",
              "district": "STEVENAGE",
              "strands": ["RACE"],
              "occurredAt": "2026-11-20T18:30:00Z",
              "openedAt": "2026-11-21T09:12:44.310Z",
              "stage": "CHARGED",
              "crimeReference": "41/12345/26",
              "recordedAs": "CRIME",
              "recordingReason": "PUBLIC_ORDER_OFFENCE",
              "hostilityEvidence": ["HOSTILE_WORDS", "VICTIM_PERCEPTION"],
              "officerId": "PC-4512",
              "suspectReference": "HERTS-SUSPECT-0412",
              "hateCrimeFlag": true,
              "hateCrimeFlagReason": "FILED_AS_HATE_CRIME",
              "filedWithCpsAt": "2026-11-28T12:00:00Z",
              "victimErasedAt": "2026-12-03T10:20:00Z",
              "hearings": [],
              "history": [
                {"to": "OPENED", "party": "POLICE", "actor": "platform", "at": "2026-11-21T09:12:44.310Z", "bailConditions": []},
                {"from": "OPENED", "to": "RECORDED", "party": "POLICE", "actor": "client:police-herts-rms", "at": "2026-11-21T11:02:10.101Z", "bailConditions": []},
                {"from": "FILED_WITH_CPS", "to": "CHARGED", "party": "CPS", "reasonCode": "FULL_CODE_TEST_MET", "actor": "cps-lawyer", "at": "2026-12-01T10:00:00Z", "bailConditions": []}
              ],
              "victimUpdates": [
                {"id": "8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "kind": "CHARGE", "eventAt": "2026-12-01T10:00:00Z", "dueAt": "2026-12-08T00:00:00Z", "enhancedRights": false}
              ],
              "linkedCases": [
                {"caseId": "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e", "reason": "REPEAT_SUSPECT", "linkedAt": "2026-11-29T16:45:00Z"}
              ],
              "version": 8
            }""";

    static final String RECORD = """
            {
              "stage": "RECORDED",
              "crimeReference": "41/12345/26",
              "recordedAs": "CRIME",
              "recordingReason": "PUBLIC_ORDER_OFFENCE"
            }""";

    static final String HEARING = """
            {
              "stage": "AT_COURT",
              "hearingAt": "2027-01-12T10:00:00Z",
              "hearingType": "FIRST_HEARING",
              "bailConditions": ["NO_CONTACT_WITH_VICTIM"]
            }""";

    static final String CLOSE = """
            {
              "stage": "CLOSED",
              "reasonCode": "SENTENCE_PASSED",
              "outcomeCode": "1"
            }""";

    static final String HOSTILITY = """
            {
              "evidence": ["HOSTILE_WORDS", "VICTIM_PERCEPTION"]
            }""";

    static final String OFFICER = """
            {
              "officerId": "PC-4512"
            }""";

    static final String FLAG = """
            {
              "flagged": true,
              "reasonCode": "HOSTILITY_EVIDENCE_SUFFICIENT"
            }""";

    static final String TOLD = """
            {
              "method": "PHONE",
              "toldAt": "2026-12-02T15:30:00Z"
            }""";

    static final String REVIEW_OUTCOME = """
            {
              "outcome": "DECISION_UPHELD"
            }""";

    static final String VICTIM_UPDATES = """
            {
              "caseId": "5d2f7a10-3c4b-4e8f-9a1b-2c3d4e5f6a7b",
              "reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
              "stage": "CHARGED",
              "updates": [
                {"id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "kind": "ARREST_OR_INTERVIEW", "eventAt": "2026-11-24T15:40:00Z", "dueAt": "2026-12-02T00:00:00Z", "enhancedRights": false, "toldAt": "2026-11-25T10:00:00Z", "toldBy": "PHONE"},
                {"id": "8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "kind": "CHARGE", "eventAt": "2026-12-01T10:00:00Z", "dueAt": "2026-12-08T00:00:00Z", "enhancedRights": false}
              ]
            }""";

    static final String RETENTION_KEEP = """
            {"decision": "KEEP", "reason": "An appeal against sentence is still to be heard", "keepUntil": "2033-06-30"}""";

    static final String RETENTION_ANONYMISE = """
            {"decision": "ANONYMISE", "reason": "Closed six years ago; no appeal, complaint or linked investigation open"}""";

    static final String RETENTION_DECISION = """
            {"id": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f", "caseId": "8e2f6a1b-4c3d-4e5f-9a8b-7c6d5e4f3a2b", "decision": "KEEP",
             "reason": "An appeal against sentence is still to be heard", "keepUntil": "2033-06-30",
             "decidedBy": "records-herts-police", "agency": "herts-police", "decidedAt": "2032-11-30T10:15:00Z"}""";

    static final String RETENTION_REVIEWS = """
            [{"caseId": "8e2f6a1b-4c3d-4e5f-9a8b-7c6d5e4f3a2b", "reportReference": "HC-7K3M-9QXD", "force": "herts-police",
              "stage": "CLOSED", "openedAt": "2026-11-19T09:00:00Z", "closedAt": "2027-05-14T16:30:00Z", "keptUntil": null,
              "reviewDue": "2033-05-14"}]""";

    private CaseExamples() {
    }
}
