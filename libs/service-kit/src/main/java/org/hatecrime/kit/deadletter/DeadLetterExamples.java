package org.hatecrime.kit.deadletter;

/** Examples for the published API document. */
final class DeadLetterExamples {

    static final String PARKED = """
            {"id":"7b0f3c52-4f1e-4c55-9d7e-2a1f7c0d9e11","consumer":"analytics-service","topic":"hatecrime.reports.v1","partition":2,\
            "offset":1841,"eventId":"0c9d8e7f-1a2b-4c3d-8e9f-0a1b2c3d4e5f","eventType":"report.submitted.v1",\
            "reason":"report.submitted.v1 0c9d8e7f-1a2b-4c3d-8e9f-0a1b2c3d4e5f failed after 3 attempts: district WELWYN is not configured",\
            "attempts":3,"parkedAt":"2026-11-28T09:14:03.512Z","redriven":false,"redrivable":true}""";

    static final String POISON = """
            {"id":"1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b","consumer":"analytics-service","topic":"hatecrime.reports.v1","partition":0,\
            "offset":977,"eventId":null,"eventType":null,"reason":"poison event: Unexpected end-of-input","attempts":0,\
            "parkedAt":"2026-11-27T17:40:21.004Z","redriven":false,"redrivable":false}""";

    static final String REDRIVEN = """
            {"id":"7b0f3c52-4f1e-4c55-9d7e-2a1f7c0d9e11","consumer":"analytics-service","topic":"hatecrime.reports.v1","partition":2,\
            "offset":1841,"eventId":"0c9d8e7f-1a2b-4c3d-8e9f-0a1b2c3d4e5f","eventType":"report.submitted.v1",\
            "reason":"report.submitted.v1 0c9d8e7f-1a2b-4c3d-8e9f-0a1b2c3d4e5f failed after 3 attempts: district WELWYN is not configured",\
            "attempts":3,"parkedAt":"2026-11-28T09:14:03.512Z","redriven":true,"redrivable":false,"lastRedrive":""" + Constants.APPLIED + "}";

    static final String APPLIED = Constants.APPLIED;

    static final String FAILED = """
            {"deadLetterId":"7b0f3c52-4f1e-4c55-9d7e-2a1f7c0d9e11","eventId":"0c9d8e7f-1a2b-4c3d-8e9f-0a1b2c3d4e5f","outcome":"FAILED",\
            "detail":"district WELWYN is not configured","requestedBy":"admin-herts","requestedAt":"2026-11-28T10:02:11.090Z"}""";

    static final String ALL = """
            {"applied":1,"alreadyApplied":1,"failed":0,"stillParked":0,"redrives":[""" + Constants.APPLIED + """
            ,{"deadLetterId":"2f4e6a8c-0b1d-4e3f-a5b7-c9d1e3f5a7b9","eventId":"5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",\
            "outcome":"ALREADY_APPLIED","detail":"already applied by analytics-service; nothing changed","requestedBy":"admin-herts",\
            "requestedAt":"2026-11-28T10:02:11.214Z"}]}""";

    private DeadLetterExamples() {
    }

    private static final class Constants {
        static final String APPLIED = """
                {"deadLetterId":"7b0f3c52-4f1e-4c55-9d7e-2a1f7c0d9e11","eventId":"0c9d8e7f-1a2b-4c3d-8e9f-0a1b2c3d4e5f",\
                "outcome":"APPLIED","detail":"applied once","requestedBy":"admin-herts","requestedAt":"2026-11-28T10:02:11.090Z"}""";
    }
}
