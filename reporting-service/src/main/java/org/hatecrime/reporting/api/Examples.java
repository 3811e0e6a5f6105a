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

    static final String SUBMIT_FULL = """
            {
              "strands": ["RELIGION_OR_BELIEF"],
              "reporterRole": "VICTIM",
              "perceivedBy": "VICTIM",
              "offenceCategory": "PUBLIC_ORDER",
              "incidentTypes": ["VERBAL_ABUSE"],
              "targetedFor": ["HAS_CHARACTERISTIC"],
              "occurredAt": "2026-11-20T18:30:00Z",
              "district": "STEVENAGE",
              "location": {"description": "Number 7 bus, town centre stop"},
              "description": "Shouted at on the bus because of my headscarf",
              "contact": {"name": "A. Person", "phone": "07700 900123"},
              "safeContact": {"safeToCall": true, "safeTimes": "weekdays after 6pm", "voicemailAllowed": false},
              "consents": {"shareWithPolice": true, "referToSupport": true, "statistics": true, "method": "VERBAL"}
            }""";

    static final String REPORT = """
            {
              "id": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
              "reference": "HC-7K3M-9QXD",
              "agency": "stevenage-centre",
              "channel": "THIRD_PARTY_CENTRE",
              "status": "RECEIVED",
              "anonymous": false,
              "strands": ["RACE", "RELIGION_OR_BELIEF"],
              "recordedAs": "NOT_YET_KNOWN",
              "incidentTypes": [],
              "targetedFor": [],
              "injured": false,
              "propertyDamaged": false,
              "district": "STEVENAGE",
              "occurredAt": "2026-11-20T18:30:00Z",
              "receivedAt": "2026-11-20T18:35:02.117Z",
              "receivedBy": "centre-stevenage",
              "details": {"description": "Shouted at on the bus because of my headscarf",
                          "contact": {"name": "A. Person", "phone": "07700 900123"},
                          "safeContact": {"safeToCall": true, "safeTimes": "weekdays after 6pm", "voicemailAllowed": false}},
              "consents": {"shareWithPolice": true, "referToSupport": true, "statistics": true},
              "consentHistory": [
                {"purpose": "SHARE_WITH_POLICE", "granted": true, "method": "VERBAL", "recordedBy": "centre-stevenage",
                 "recordedAt": "2026-11-20T18:35:02.117Z"}],
              "possibleDuplicates": [],
              "earlierReportsFromSameVictim": 0,
              "version": 0
            }""";

    /** A report after intake, as the actions answer it; personal details left out for brevity. */
    private static final String TAKEN = """
            {"id": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69", "reference": "HC-7K3M-9QXD", "agency": "stevenage-centre",
             "channel": "THIRD_PARTY_CENTRE", "anonymous": false, "strands": ["RACE", "RELIGION_OR_BELIEF"],
             "recordedAs": "CRIME", "offenceCategory": "PUBLIC_ORDER", "injured": false, "propertyDamaged": false,
             "district": "STEVENAGE", "occurredAt": "2026-11-20T18:30:00Z", "receivedAt": "2026-11-20T18:35:02.117Z",
             "receivedBy": "centre-stevenage", "possibleDuplicates": [], "earlierReportsFromSameVictim": 0,
            """;

    private static final String ALL_CONSENTS = """
            "consents": {"shareWithPolice": true, "referToSupport": true, "statistics": true},
            """;

    static final String REPORT_TRIAGED = TAKEN + ALL_CONSENTS + """
            "status": "TRIAGED", "version": 1}""";

    static final String REPORT_CLOSED = TAKEN + ALL_CONSENTS + """
            "status": "CLOSED", "version": 2}""";

    static final String REPORT_DUPLICATE = TAKEN + ALL_CONSENTS + """
            "status": "DUPLICATE", "duplicateOf": "5b1e9c7d-2a4f-4e8b-9c3d-6f7a8b9c0d1e", "version": 1}""";

    static final String REPORT_SHARED = TAKEN + ALL_CONSENTS + """
            "status": "SHARED_WITH_POLICE", "sharedWithForce": "herts-police", "sharedAt": "2026-11-21T09:12:44.310Z", "version": 2}""";

    static final String REPORT_ACKNOWLEDGED = TAKEN + ALL_CONSENTS + """
            "status": "SHARED_WITH_POLICE", "sharedWithForce": "herts-police", "sharedAt": "2026-11-21T09:12:44.310Z",
            "crimeReference": "41/12345/26", "version": 3}""";

    static final String REPORT_REFERRED = TAKEN + ALL_CONSENTS + """
            "status": "REFERRED_FOR_SUPPORT", "referredTo": "beacon", "referralRequestedAt": "2026-11-21T09:14:03.902Z", "version": 2}""";

    static final String REPORT_CONSENT_WITHDRAWN = TAKEN + """
            "consents": {"shareWithPolice": false, "referToSupport": true, "statistics": true},
            "consentHistory": [
              {"purpose": "SHARE_WITH_POLICE", "granted": true, "method": "VERBAL", "recordedBy": "centre-stevenage",
               "recordedAt": "2026-11-20T18:35:02.117Z"},
              {"purpose": "SHARE_WITH_POLICE", "granted": false, "method": "WRITTEN", "recordedBy": "centre-stevenage",
               "recordedAt": "2026-11-23T10:02:51.448Z"}],
            "status": "TRIAGED", "version": 2}""";

    static final String REPORT_WITHDRAWN = TAKEN + ALL_CONSENTS + """
            "status": "WITHDRAWN", "version": 4}""";

    static final String SUMMARIES = """
            [{
              "id": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
              "reference": "HC-7K3M-9QXD",
              "status": "RECEIVED",
              "channel": "THIRD_PARTY_CENTRE",
              "strands": ["RACE", "RELIGION_OR_BELIEF"],
              "district": "STEVENAGE",
              "occurredAt": "2026-11-20T18:30:00Z",
              "receivedAt": "2026-11-20T18:35:02.117Z",
              "anonymous": false
            }]""";

    static final String DETAILS = """
            {
              "description": "Shouted at on the bus because of my headscarf; the driver saw it",
              "location": {"description": "Number 7 bus, town centre stop"},
              "contact": {"name": "A. Person", "phone": "07700 900123"},
              "safeContact": {"safeToCall": true, "safeTimes": "weekdays after 6pm", "voicemailAllowed": false}
            }""";

    static final String TRIAGE = """
            {"recordedAs": "CRIME", "offenceCategory": "PUBLIC_ORDER"}""";

    static final String WITHDRAWAL = """
            {"reason": "VICTIM_REQUEST"}""";

    static final String DUPLICATE = """
            {"duplicateOf": "5b1e9c7d-2a4f-4e8b-9c3d-6f7a8b9c0d1e"}""";

    static final String CONSENT = """
            {"granted": false, "method": "WRITTEN"}""";

    static final String ACKNOWLEDGEMENT = """
            {"crimeReference": "41/12345/26"}""";

    static final String ERASURE = """
            {"reason": "Erasure request of the data subject, received in writing on 2026-12-01"}""";

    static final String RETENTION_KEEP = """
            {"decision": "KEEP", "reason": "The force's case is still before the court", "keepUntil": "2033-06-30"}""";

    static final String RETENTION_ANONYMISE = """
            {"decision": "ANONYMISE", "reason": "Closed six years ago; no open case, complaint or request"}""";

    static final String RETENTION_DECISION = """
            {"id": "c4d5e6f7-8a9b-4c0d-9e1f-2a3b4c5d6e7f", "reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69", "decision": "KEEP",
             "reason": "The force's case is still before the court", "keepUntil": "2033-06-30", "decidedBy": "admin-herts",
             "agency": "herts-csp", "decidedAt": "2032-11-30T10:15:00Z"}""";

    static final String RETENTION_REVIEWS = """
            [{"reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69", "reference": "HC-7K3M-9QXD", "agency": "stevenage-centre",
              "status": "CLOSED", "receivedAt": "2026-11-19T09:00:00Z", "endedAt": "2026-11-28T16:30:00Z", "keptUntil": null,
              "reviewDue": "2032-11-28"}]""";

    static final String REFERRAL = """
            {"provider": "beacon"}""";

    static final String CHALLENGE = """
            {
              "challenge": "v1.public-report.q3K9zZ0mWm2n6y0C1xT7Qg.1795200000.18.8Qm1o0Xo6l3xVvGx2X3p6qYb4V2dVvA0r0G6Jc2y8Ys",
              "difficulty": 18,
              "expiresAt": "2026-11-20T18:40:00Z"
            }
            """;

    static final String RECEIPT = """
            {
              "reference": "HC-7K3M-9QXD",
              "followUpCode": "7K3M9QXDA2BC",
              "status": "We have received your report. A member of staff will look at it soon."
            }""";

    static final String FOLLOW_UP = """
            {"code": "7K3M9QXDA2BC", "information": "The same man was at the stop again this morning."}""";

    static final String FOLLOW_UP_ADDED = """
            {"reference": "HC-7K3M-9QXD", "status": "We have received your report. A member of staff will look at it soon.",
             "followUpsReceived": 1, "lastFollowUpAt": "2026-11-21T09:12:44.501Z"}""";

    static final String STATUS_CHECK = """
            {"code": "7K3M9QXDA2BC"}""";

    static final String PUBLIC_STATUS = """
            {"reference": "HC-7K3M-9QXD", "status": "With your agreement, your report has been passed to the police.",
             "followUpsReceived": 0}""";

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

    static final String CONFLICT = """
            {
              "type": "https://hatecrime.example/problems/conflict",
              "title": "The change conflicts with the resource's state",
              "status": 409,
              "detail": "The victim has not consented to sharing this report with the police",
              "instance": "/api/v1/reports/0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69/police-share",
              "requestId": "7c1e2d3f-9a8b-4c5d-8e7f-0a1b2c3d4e5f"
            }""";

    static final String FOLLOW_UPS = """
            [{"id": "8d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a", "addedAt": "2026-11-21T09:12:44.501Z",
              "information": "The car was a red hatchback"}]""";

    static final String LAWFUL_OVERRIDE_REQUEST = """
            {"reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69", "lawfulBasis": "risk to life, safeguarding referral 2026-77"}""";

    static final String LAWFUL_OVERRIDE = """
            {"id": "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8", "reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
             "reportReference": "HC-7K3M-9QXD", "district": "STEVENAGE", "lawfulBasis": "risk to life, safeguarding referral 2026-77",
             "status": "REQUESTED", "requestedBy": "admin-herts", "requestedAt": "2026-11-21T09:12:44.501Z"}""";

    static final String LAWFUL_OVERRIDE_APPROVED = """
            {"id": "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8", "reportId": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",
             "reportReference": "HC-7K3M-9QXD", "district": "STEVENAGE", "lawfulBasis": "risk to life, safeguarding referral 2026-77",
             "status": "APPROVED", "requestedBy": "admin-herts", "requestedAt": "2026-11-21T09:12:44.501Z",
             "decidedBy": "admin-herts-2", "decidedAt": "2026-11-21T09:40:02.117Z", "decisionNote": "agreed",
             "sharedWithForce": "herts-police"}""";

    static final String OVERRIDE_DECISION = """
            {"decision": "APPROVE", "note": "agreed"}""";

    static final String MATCH = """
            {"id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "kind": "SAME_INCIDENT", "status": "PENDING",
             "detectedAt": "2026-11-21T09:12:44.501Z",
             "report": {"id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "reference": "HC-QW3R-T5YP", "agency": "watford-centre",
                        "channel": "THIRD_PARTY_CENTRE", "status": "RECEIVED", "strands": ["RELIGION_OR_BELIEF"],
                        "district": "DACORUM", "occurredAt": "2026-11-10T11:00:00Z", "receivedAt": "2026-11-21T09:12:44.501Z"},
             "earlierReport": {"id": "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69", "reference": "HC-7K3M-9QXD",
                        "agency": "stevenage-centre", "channel": "THIRD_PARTY_CENTRE", "status": "TRIAGED",
                        "strands": ["RELIGION_OR_BELIEF"], "district": "DACORUM", "occurredAt": "2026-11-10T10:00:00Z",
                        "receivedAt": "2026-11-10T15:20:00Z"}}""";

    static final String MATCH_DECISION = """
            {"decision": "CONFIRM", "note": "same victim, confirmed with both centres"}""";

    private Examples() {
    }

    static final String SUBJECT_ACCESS_REQUEST = """
            {"reportId": "1445124c-3f4d-40b0-b991-f276cdb795af", "email": "sam@example.org",
             "reason": "Subject access request received in writing on 2026-12-01, identity checked in person",
             "reference": "SAR-2026-014"}""";

    static final String SUBJECT_ACCESS_STATUS = """
            {"id": "5b7c1d2e-3f40-4a51-8b62-7c83d94e0f15", "status": "IN_PROGRESS", "agency": "herts-csp",
             "requestedBy": "admin-herts", "requestedAt": "2026-12-02T09:14:03Z",
             "reason": "Subject access request received in writing on 2026-12-01, identity checked in person",
             "reference": "SAR-2026-014", "completedAt": null, "expiresAt": null, "endedAt": null, "partsDone": 3, "partsTotal": 5,
             "progress": [
               {"service": "reporting-service", "done": 2, "total": 2, "failed": 0, "attempts": 2, "lastError": null, "nextAttemptAt": null},
               {"service": "victim-care-service", "done": 1, "total": 1, "failed": 0, "attempts": 1, "lastError": null, "nextAttemptAt": null},
               {"service": "case-service", "done": 0, "total": 1, "failed": 0, "attempts": 1, "lastError": "case-service answered 503",
                "nextAttemptAt": "2026-12-02T09:14:41Z"},
               {"service": "analytics-service", "done": 0, "total": 1, "failed": 0, "attempts": 0, "lastError": null,
                "nextAttemptAt": "2026-12-02T09:14:03Z"}]}""";

    static final String SUBJECT_ACCESS_EXPORT = """
            {"title": "Subject access export",
             "request": {"id": "5b7c1d2e-3f40-4a51-8b62-7c83d94e0f15", "reference": "SAR-2026-014",
                         "reason": "Subject access request received in writing on 2026-12-01", "requestedBy": "admin-herts",
                         "agency": "herts-csp", "requestedAt": "2026-12-02T09:14:03Z", "completedAt": "2026-12-02T09:14:44Z",
                         "expiresAt": "2027-01-01T09:14:44Z"},
             "person": {"namedByReport": "1445124c-3f4d-40b0-b991-f276cdb795af", "namedByContactDetails": true, "reportsFound": 1},
             "aboutTheProcessing": ["Purposes: taking and triaging reports of hate crime and hate incidents; ..."],
             "services": [
               {"service": "reporting-service", "description": "Intake: the reports taken ...",
                "reports": [{"id": "1445124c-3f4d-40b0-b991-f276cdb795af", "reference": "HC-7K3M-9QXD", "agency": "stevenage-centre",
                             "status": "SHARED_WITH_POLICE", "district": "STEVENAGE", "strands": ["RACE"],
                             "details": {"description": "Shouted at on the bus", "contact": {"name": "Sam Example", "email": "sam@example.org"}},
                             "consentHistory": [], "followUps": [], "possibleDuplicates": [], "matchesAcrossAgencies": [],
                             "lawfulOverrides": [], "retentionDecisions": []}]},
               {"service": "victim-care-service", "description": "Victim care: ...", "referrals": [], "receivedReports": [], "leftOut": []},
               {"service": "case-service", "description": "Case progression: ...", "cases": [], "receivedReports": [], "victimSupport": [],
                "leftOut": []},
               {"service": "analytics-service", "description": "Analytics: ...", "note": "Analytics holds no personal data about anyone ..."}]}""";

    static final String SUBJECT_ACCESS_PDF = "%PDF-1.4 ... (an A4 document: the request, what the processing is for, and every service's records of the person)";
}
