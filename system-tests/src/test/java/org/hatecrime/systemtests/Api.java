package org.hatecrime.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.events.EventJson;
import org.hatecrime.testkit.ProofOfWorkClient;

/** Calls the platform's API through the gateway, the way a client would. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String REPORTS = "/api/v1/reports";
    public static final String REFERRALS_RECEIVED = "/api/v1/referrals/received-reports";
    public static final String CASES_RECEIVED = "/api/v1/cases/received-reports";
    public static final String ANALYTICS_SUMMARY = "/api/v1/analytics/summary";

    private final LocalPlatform platform;
    private final Tokens tokens;

    public Api(LocalPlatform platform) {
        this.platform = platform;
        this.tokens = new Tokens(platform);
    }

    public Tokens tokens() {
        return tokens;
    }

    /** A request to the gateway without credentials. */
    public RequestSpecification anonymous() {
        return given().baseUri(platform.gatewayUrl()).log().ifValidationFails();
    }

    /**
     * An anonymous request carrying a solved proof-of-work challenge from {@code challengePath}, as
     * a public reporter's browser sends it (docs/api-guide.md).
     */
    public RequestSpecification anonymousWithProof(String challengePath) {
        Response challenge = anonymous().post(challengePath).then().statusCode(201).extract().response();
        String solved = ProofOfWorkClient.solve(challenge.path("challenge"), challenge.<Integer>path("difficulty"));
        return anonymous().header(ProofOfWorkClient.HEADER, solved);
    }

    /** A request to the gateway as a demo user. */
    public RequestSpecification asUser(String username) {
        return withToken(tokens.user(username));
    }

    /** A request to the gateway as a partner system (client credentials). */
    public RequestSpecification asClient(String clientId) {
        return withToken(tokens.client(clientId));
    }

    public RequestSpecification withToken(String accessToken) {
        return anonymous().header("Authorization", "Bearer " + accessToken);
    }

    /** Submits a report and checks the gateway's answer: 201 with a Location at the gateway. */
    public SubmittedReport submit(RequestSpecification caller, Submission submission) {
        String requestId = "st-" + UUID.randomUUID();
        Response response = caller
                .contentType(ContentType.JSON)
                .header("X-Request-ID", requestId)
                .body(submission.json())
                .when().post(REPORTS)
                .then().statusCode(201)
                .extract().response();
        String id = response.path("id");
        String location = response.header("Location");
        assertThat(location).as("Location of the new report").isEqualTo(platform.gatewayUrl() + REPORTS + "/" + id);
        return new SubmittedReport(id, response.path("reference"), location, requestId,
                response.header("X-Request-ID"));
    }

    /** Submits a report as a demo user. */
    public SubmittedReport submitAs(String username, Submission submission) {
        return submit(asUser(username), submission);
    }

    /**
     * What a centre does next with a report, as far as its consents allow: triage it, share it with
     * the police, refer the victim for support. Only then do the police and victim care see it.
     */
    public void passOn(String username, SubmittedReport report, Submission submission) {
        action(username, report, "triage");
        if (submission.shareWithPolice()) {
            action(username, report, "police-share");
        }
        if (submission.referToSupport()) {
            action(username, report, "referral-request");
        }
    }

    /** A report with the victim's contact details and safe-contact preferences, as a centre takes it for a victim who wants support. */
    public SubmittedReport submitWithContact(String username, Submission submission, Map<String, Object> contact,
            Map<String, Object> safeContact) {
        Map<String, Object> body = submission.asMap();
        body.put("contact", contact);
        body.put("safeContact", safeContact);
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Response response = asUser(username).contentType(ContentType.JSON).body(json).post(REPORTS)
                .then().statusCode(201).extract().response();
        return new SubmittedReport(response.path("id"), response.path("reference"), response.header("Location"), null,
                response.header("X-Request-ID"));
    }

    /** A UK mobile number no other test uses, so the victim is a person of their own. */
    public static String phone() {
        return "07700 " + (100000 + Math.floorMod(UUID.randomUUID().hashCode(), 899999));
    }

    /** Submits a report as a demo user and passes it on as its consents allow. */
    public SubmittedReport submitAndPassOn(String username, Submission submission) {
        SubmittedReport report = submitAs(username, submission);
        passOn(username, report, submission);
        return report;
    }

    private void action(String username, SubmittedReport report, String action) {
        asUser(username).contentType(ContentType.JSON).body("{}")
                .when().post(REPORTS + "/" + report.id() + "/" + action)
                .then().statusCode(200);
    }

    /** The analyst's headline counts. */
    public Summary summary() {
        Response response = asUser(Tokens.ANALYST_HERTS).when().get(ANALYTICS_SUMMARY)
                .then().statusCode(200).extract().response();
        return new Summary(response.jsonPath().getLong("totalReports"),
                counts(response.jsonPath().getMap("byStrand")), counts(response.jsonPath().getMap("byDistrict")));
    }

    private static Map<String, Long> counts(Map<String, Object> raw) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((key, value) -> counts.put(key, ((Number) value).longValue()));
        }
        return counts;
    }

    /** What the gateway answered for a new report. */
    public record SubmittedReport(String id, String reference, String location, String sentRequestId,
            String returnedRequestId) {
    }

    /** The analytics summary, with absent strands and districts counting as zero. */
    public record Summary(long totalReports, Map<String, Long> byStrand, Map<String, Long> byDistrict) {
        public long strand(String strand) {
            return byStrand.getOrDefault(strand, 0L);
        }

        public long district(String district) {
            return byDistrict.getOrDefault(district, 0L);
        }
    }

    /** The body of {@code POST /api/v1/reports}. */
    public record Submission(List<String> strands, String description, OffsetDateTime occurredAt, String district,
            boolean shareWithPolice, boolean referToSupport, boolean statistics) {

        /** A report every receiving service may see: all consents given, in a Hertfordshire district. */
        public static Submission typical() {
            return new Submission(List.of("RACE"), "Shouted at on the bus because of my headscarf (system test "
                    + UUID.randomUUID() + ")", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.SECONDS),
                    "STEVENAGE", true, true, true);
        }

        public Submission strands(String... values) {
            return new Submission(List.of(values), description, occurredAt, district, shareWithPolice, referToSupport, statistics);
        }

        public Submission description(String value) {
            return new Submission(strands, value, occurredAt, district, shareWithPolice, referToSupport, statistics);
        }

        public Submission district(String value) {
            return new Submission(strands, description, occurredAt, value, shareWithPolice, referToSupport, statistics);
        }

        public Submission consents(boolean police, boolean support, boolean stats) {
            return new Submission(strands, description, occurredAt, district, police, support, stats);
        }

        public Map<String, Object> asMap() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("strands", strands);
            body.put("description", description);
            body.put("occurredAt", occurredAt.toString());
            body.put("district", district);
            body.put("consents", Map.of("shareWithPolice", shareWithPolice, "referToSupport", referToSupport,
                    "statistics", statistics));
            return body;
        }

        public String json() {
            try {
                return EventJson.mapper().writeValueAsString(asMap());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
