package org.hatecrime.victimcare.api;

/** Request and response examples of the support operations, for the OpenAPI document. */
final class SupportExamples {

    static final String CASE_MANAGER = """
            {"caseManager": "beacon-worker"}""";

    static final String WELLBEING = """
            {"items": [2, 3, 2, 3, 2, 3, 3]}""";

    static final String NEW_ACTION = """
            {
              "description": "Ask the housing officer about a move away from the estate",
              "owner": "beacon-worker",
              "dueOn": "2026-12-04"
            }""";

    static final String ACTION_CHANGE = """
            {
              "description": "Ask the housing officer about a move away from the estate",
              "owner": "beacon-worker",
              "dueOn": "2026-12-04",
              "status": "DONE"
            }""";

    static final String CLOSURE = """
            {
              "wellbeing": {"items": [3, 3, 4, 3, 3, 3, 3]},
              "satisfaction": {"score": 4, "comment": "Felt listened to"}
            }""";

    static final String PLAN = """
            {
              "referralId": "2c9f4e1a-8b7d-4c6e-a5f4-3d2c1b0a9e8f",
              "caseManager": "beacon-worker",
              "actions": [
                {"id": "3b5d7f9a-1c3e-4a6b-8d0f-2e4a6c8e0a2c",
                 "description": "Ask the housing officer about a move away from the estate",
                 "owner": "beacon-worker", "dueOn": "2026-12-04", "status": "OPEN", "changedAt": "2026-11-26T10:00:00Z"}
              ],
              "startingWellbeing": {"items": [2, 3, 2, 3, 2, 3, 3], "rawScore": 18, "metricScore": 17.43,
                                    "measuredAt": "2026-11-26T09:40:00Z"},
              "closed": false,
              "version": 3
            }""";

    static final String CLOSED_PLAN = """
            {
              "referralId": "2c9f4e1a-8b7d-4c6e-a5f4-3d2c1b0a9e8f",
              "caseManager": "beacon-worker",
              "actions": [
                {"id": "3b5d7f9a-1c3e-4a6b-8d0f-2e4a6c8e0a2c",
                 "description": "Ask the housing officer about a move away from the estate",
                 "owner": "beacon-worker", "dueOn": "2026-12-04", "status": "DONE", "changedAt": "2026-12-03T15:20:00Z"}
              ],
              "startingWellbeing": {"items": [2, 3, 2, 3, 2, 3, 3], "rawScore": 18, "metricScore": 17.43,
                                    "measuredAt": "2026-11-26T09:40:00Z"},
              "closingWellbeing": {"items": [3, 3, 4, 3, 3, 3, 3], "rawScore": 22, "metricScore": 19.98,
                                   "measuredAt": "2027-02-10T11:30:00Z"},
              "wellbeingChange": 2.55,
              "satisfaction": {"score": 4, "comment": "Felt listened to"},
              "closed": true,
              "closedAt": "2027-02-10T11:30:00Z",
              "closedBy": "beacon-worker",
              "version": 5
            }""";

    private SupportExamples() {
    }
}
