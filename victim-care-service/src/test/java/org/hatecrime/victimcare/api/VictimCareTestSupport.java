package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Referrals in the state a test needs, opened and moved through the API as a victim service would. */
final class VictimCareTestSupport {

    static final String BEACON = ReferralWorkTest.BEACON;
    static final String GALOP = ReferralWorkTest.GALOP;
    static final String CENTRE = ReferralWorkTest.CENTRE;
    static final String[] AREAS = {"EMOTIONAL", "PRACTICAL", "SAFETY", "JUSTICE_AND_INFORMATION", "HEALTH", "HOUSING", "FINANCIAL",
        "LANGUAGE_AND_COMMUNICATION", "ONLINE_SAFETY"};

    private VictimCareTestSupport() {
    }

    /** A referral Beacon opened itself, SENT. */
    static String sentReferral() {
        return given().auth().oauth2(BEACON).contentType(ContentType.JSON).body("{\"consentedAt\":\"2026-11-22T10:00:00Z\"}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    /** A referral the victim accepted. */
    static String acceptedReferral() {
        String id = sentReferral();
        for (String status : List.of("ACKNOWLEDGED", "CONTACT_ATTEMPTED", "ACCEPTED")) {
            ReferralWorkTest.change(BEACON, id, "{\"status\":\"" + status + "\"}").statusCode(200);
        }
        return id;
    }

    /** An assessment of every area: safety at the given risk, every other area LOW, notes (if any) on EMOTIONAL. */
    static String assessment(String risk, String enhancedRightsReason, String emotionalNotes) {
        String needs = Arrays.stream(AREAS).map(area -> "{\"domain\":\"" + area + "\",\"level\":\"" + (area.equals("SAFETY") ? risk : "LOW")
                + "\"" + (area.equals("EMOTIONAL") && emotionalNotes != null ? ",\"notes\":\"" + emotionalNotes + "\"" : "") + "}")
                .collect(Collectors.joining(","));
        return "{\"needs\":[" + needs + "],\"enhancedRights\":" + (enhancedRightsReason != null)
                + (enhancedRightsReason != null ? ",\"enhancedRightsReason\":\"" + enhancedRightsReason + "\"" : "") + "}";
    }
}
