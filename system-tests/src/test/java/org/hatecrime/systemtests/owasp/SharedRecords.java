package org.hatecrime.systemtests.owasp;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;

/**
 * One record of each kind that an id endpoint serves, all belonging to the Hertfordshire side of the
 * partnership: a report of the Stevenage centre, shared with Hertfordshire Constabulary (which opens
 * a case) and referred to Beacon (which opens a referral), and a prevention activity of the
 * Hertfordshire community safety partnership. Made once per test run.
 */
record SharedRecords(SubmittedReport report, String referralId, String caseId, String preventionActivityId) {

    static final Duration DELIVERY = Duration.ofSeconds(60);
    private static SharedRecords made;

    static synchronized SharedRecords of(Api api) {
        if (made == null) {
            made = make(api);
        }
        return made;
    }

    private static SharedRecords make(Api api) {
        SubmittedReport report = api.submitAndPassOn("centre-stevenage", Submission.typical());
        String referralId = await("Beacon has the referral").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> idWhereReportIs(api, "beacon-worker", "/api/v1/referrals", report.id()), id -> id != null);
        String caseId = await("Hertfordshire has the case").atMost(DELIVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> idWhereReportIs(api, "police-herts", "/api/v1/cases", report.id()), id -> id != null);
        String body = PublishedApi.operations(api).stream()
                .filter(operation -> operation.operationId().equals("logPreventionActivity")).findFirst()
                .flatMap(PublishedApi.Operation::exampleBody).orElseThrow();
        String activityId = api.asUser("analyst-herts").contentType("application/json").body(body)
                .post("/api/v1/analytics/prevention-activities").then().statusCode(201).extract().path("id");
        return new SharedRecords(report, referralId, caseId, activityId);
    }

    private static String idWhereReportIs(Api api, String username, String path, String reportId) {
        List<Map<String, Object>> items = api.asUser(username).queryParam("size", 100).get(path)
                .then().statusCode(200).extract().path("");
        return items.stream().filter(item -> reportId.equals(item.get("reportId"))).map(item -> (String) item.get("id"))
                .findFirst().orElse(null);
    }

    /** Path parameter values that name these records. */
    Map<String, String> pathValues(String path) {
        String id = path.startsWith("/api/v1/referrals/{id}") ? referralId
                : path.startsWith("/api/v1/cases/{id}") ? caseId
                : path.startsWith("/api/v1/analytics/prevention-activities/{id}") ? preventionActivityId
                : report.id();
        return Map.of("id", id, "reportId", report.id(), "purpose", "STATISTICS");
    }
}
