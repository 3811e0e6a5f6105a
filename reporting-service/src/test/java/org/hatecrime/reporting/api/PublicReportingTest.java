package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hatecrime.kit.text.Sha256;
import org.hatecrime.testkit.ProofOfWorkClient;
import org.junit.jupiter.api.Test;

/** Anyone may report without an account, and follow up with the reference and the code shown once. */
@QuarkusTest
class PublicReportingTest {

    static final String REPORT = """
            {"strands":["SEXUAL_ORIENTATION"],"description":"Abuse shouted from a car","occurredAt":"2026-11-18T22:00:00Z",
             "district":"ST_ALBANS","anonymous":true,"consents":{"shareWithPolice":false,"referToSupport":false,"statistics":true}}""";

    /** Retry-After after one wrong code: the test profile's first delay (4 s) or less, in whole seconds, never 0. */
    private static final String WITHIN_FIRST_DELAY = "[1-4]";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditRows audit;

    /** What a reporter's browser does first: fetch a challenge and find the counter that solves it. */
    static String proofOfWork() {
        return ProofOfWorkClient.solvedFrom("/api/v1/public/reports/challenges");
    }

    static io.restassured.specification.RequestSpecification withProof() {
        return given().header("Proof-Of-Work", proofOfWork());
    }

    static JsonPath submit() {
        return withProof().contentType(ContentType.JSON).body(REPORT).when().post("/api/v1/public/reports")
                .then().statusCode(201)
                .body("reference", matchesPattern("HC-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .body("followUpCode", matchesPattern("[0-9A-Z]{12}"))
                .extract().jsonPath();
    }

    static io.restassured.response.ValidatableResponse statusCheck(String reference, String code) {
        return given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\"}")
                .when().post("/api/v1/public/reports/{ref}/status-check", reference).then();
    }

    @Test
    void theReporterGetsAReferenceAndCodeAndCanCheckTheStatusInPlainWords() {
        JsonPath receipt = submit();

        statusCheck(receipt.getString("reference"), receipt.getString("followUpCode"))
                .statusCode(200)
                .body("status", containsString("received your report"));
    }

    @Test
    void theCodeIsStoredOnlyAsAKeyedHash() throws Exception {
        JsonPath receipt = submit();
        String code = receipt.getString("followUpCode");

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select follow_up_code_hash, channel, agency from report where reference = ?")) {
            select.setString(1, receipt.getString("reference"));
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).startsWith("hmac-sha256:").doesNotContain(code)
                        .doesNotContain(Sha256.hex(receipt.getString("reference") + ":" + code));
                assertThat(row.getString(2)).isEqualTo("PUBLIC_ONLINE");
                assertThat(row.getString(3)).isEqualTo("stevenage-centre");
            }
        }
    }

    @Test
    void whatTheReporterAddsLaterReachesTheTriagingCentreAndTheReporterIsToldItArrived() throws Exception {
        JsonPath receipt = submit();
        String reference = receipt.getString("reference");
        String code = receipt.getString("followUpCode");

        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"information\":\"The car was a red hatchback\"}")
                .when().post("/api/v1/public/reports/{ref}/follow-ups", reference)
                .then().statusCode(201).body("followUpsReceived", equalTo(1));
        statusCheck(reference, code).statusCode(200).body("followUpsReceived", equalTo(1)).body("lastFollowUpAt", notNullValue());

        String id = idOf(reference);
        given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).get("/api/v1/reports/{id}/follow-ups", id)
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].information", equalTo("The car was a red hatchback"));
        assertThat(audit.about(id)).anySatisfy(row -> {
            assertThat(row.actor()).isEqualTo("centre-stevenage");
            assertThat(row.purpose()).contains("follow-up");
        });
        // nobody else reads them: another centre, nor the police
        given().auth().oauth2(ReportSubmissionTestSupport.WATFORD).get("/api/v1/reports/{id}/follow-ups", id).then().statusCode(404);
        given().auth().oauth2(ReportSubmissionTestSupport.POLICE).get("/api/v1/reports/{id}/follow-ups", id).then().statusCode(404);
    }

    @Test
    void aPublicReporterCannotClaimConsentWasGivenInWritingOrInPerson() throws Exception {
        String reference = withProof().contentType(ContentType.JSON)
                .body(REPORT.replace("\"statistics\":true}", "\"statistics\":true,\"method\":\"WRITTEN\"}"))
                .when().post("/api/v1/public/reports").then().statusCode(201).extract().path("reference");

        given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).get("/api/v1/reports/{id}", idOf(reference))
                .then().statusCode(200)
                .body("consentHistory.method", everyItem(equalTo("ONLINE")))
                .body("consentHistory.size()", equalTo(3));
    }

    private String idOf(String reference) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id from report where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    void aWrongCodeAndAnUnknownReferenceGetTheSameAnswer() {
        JsonPath receipt = submit();

        io.restassured.response.ExtractableResponse<?> wrongCode = statusCheck(receipt.getString("reference"), "AAAAAAAAAAAA")
                .statusCode(404).contentType("application/problem+json").extract();
        io.restassured.response.ExtractableResponse<?> unknownReference = statusCheck("HC-" + suffix() + "-" + suffix(), "AAAAAAAAAAAA")
                .statusCode(404).contentType("application/problem+json").extract();

        Map<String, Object> wrong = wrongCode.jsonPath().getMap("");
        Map<String, Object> unknown = unknownReference.jsonPath().getMap("");
        assertThat(unknown.keySet()).isEqualTo(wrong.keySet());
        for (String field : new String[] {"type", "title", "status", "detail"}) {
            assertThat(unknown.get(field)).as(field).isEqualTo(wrong.get(field));
        }
    }

    @Test
    void aWrongCodeMakesTheNextAttemptWaitButTheRightCodeWorksOnceTheWaitHasPassed() {
        JsonPath receipt = submit();
        String reference = receipt.getString("reference");
        String code = receipt.getString("followUpCode");
        statusCheck(reference, "WRONGWRONG22").statusCode(404);

        statusCheck(reference, code).statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern(WITHIN_FIRST_DELAY));
        // the guesser's wrong code did not lock the reporter out: after the wait their code works
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> statusCheck(reference, code).statusCode(200));
    }

    @Test
    void guessingAtAReferenceThatDoesNotExistWaitsTheSameWay() {
        String reference = "HC-ZZZZ-" + suffix();
        statusCheck(reference, "WRONGWRONG22").statusCode(404);

        statusCheck(reference, "WRONGWRONG23").statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern(WITHIN_FIRST_DELAY));
    }

    @Test
    void guessesSentAtOnceAreNotAllCompared() throws Exception {
        String reference = submit().getString("reference");
        int guesses = 10;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                String guess = "GUESS" + i + "GUESS";
                answers.add(pool.submit(() -> {
                    start.await();
                    return statusCheck(reference, guess).extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).as("only one guess is compared, the others wait their turn").containsOnlyOnce(404)
                    .containsOnly(404, 429);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wrongCodesForAddingInformationAreGuardedTheSameWay() {
        String reference = submit().getString("reference");
        given().contentType(ContentType.JSON).body("{\"code\":\"WRONGWRONG22\",\"information\":\"spam\"}")
                .post("/api/v1/public/reports/{ref}/follow-ups", reference).then().statusCode(404);

        given().contentType(ContentType.JSON).body("{\"code\":\"WRONGWRONG23\",\"information\":\"spam\"}")
                .post("/api/v1/public/reports/{ref}/follow-ups", reference).then().statusCode(429);
    }

    @Test
    void aCodeStoredBeforeThePepperStillWorksAndIsThenStoredKeyed() throws Exception {
        JsonPath receipt = submit();
        String reference = receipt.getString("reference");
        String code = receipt.getString("followUpCode");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update report set follow_up_code_hash = ? where reference = ?")) {
            update.setString(1, Sha256.hex(reference + ":" + code));
            update.setString(2, reference);
            update.executeUpdate();
        }

        statusCheck(reference, code).statusCode(200);

        assertThat(storedHash(reference)).startsWith("hmac-sha256:");
        statusCheck(reference, code).statusCode(200);
    }

    @Test
    void aPublicReportWithoutAProofOfWorkIsRefusedNamingTheHeader() {
        given().contentType(ContentType.JSON).body(REPORT).post("/api/v1/public/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Proof-Of-Work"));
    }

    @Test
    void aChallengeAnswersOneReportOnly() {
        String proof = proofOfWork();
        given().header("Proof-Of-Work", proof).contentType(ContentType.JSON).body(REPORT).post("/api/v1/public/reports")
                .then().statusCode(201);

        given().header("Proof-Of-Work", proof).contentType(ContentType.JSON).body(REPORT).post("/api/v1/public/reports")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("Proof-Of-Work"))
                .body("violations[0].message", containsString("used already"));
    }

    @Test
    void aForgedOrUnsolvedChallengeIsRefused() {
        String proof = proofOfWork();
        String challenge = proof.substring(0, proof.lastIndexOf(':'));
        String easier = challenge.replaceFirst("\\.8\\.", ".0.");
        for (String bad : List.of(easier + ":0", ProofOfWorkClient.unsolved(challenge, 8), "v1.public-report.made-up:1")) {
            given().header("Proof-Of-Work", bad).contentType(ContentType.JSON).body(REPORT).post("/api/v1/public/reports")
                    .then().statusCode(400).body("violations[0].field", equalTo("Proof-Of-Work"));
        }
    }

    @Test
    void aReportRefusedForItsContentDoesNotUseUpTheChallenge() {
        String proof = proofOfWork();
        given().header("Proof-Of-Work", proof).contentType(ContentType.JSON)
                .body(REPORT.replace("\"anonymous\":true", "\"anonymous\":true,\"contact\":{\"name\":\"Jo\"}"))
                .post("/api/v1/public/reports").then().statusCode(400);

        given().header("Proof-Of-Work", proof).contentType(ContentType.JSON).body(REPORT).post("/api/v1/public/reports")
                .then().statusCode(201);
    }

    @Test
    void agenciesReportWithTheirTokenAndNoChallenge() {
        given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).contentType(ContentType.JSON).body(REPORT)
                .post("/api/v1/reports").then().statusCode(201);
    }

    @Test
    void aPublicReportIsTriagedByTheCentreForItsDistrict() throws Exception {
        String reference = withProof().contentType(ContentType.JSON).body(REPORT.replace("ST_ALBANS", "WATFORD"))
                .when().post("/api/v1/public/reports").then().statusCode(201).extract().path("reference");

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select agency from report where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("watford-centre");
            }
        }
    }

    private String storedHash(String reference) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select follow_up_code_hash from report where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    void aMalformedReferenceIsNamed() {
        statusCheck("not-a-reference", "AAAAAAAAAAAA").statusCode(400).body("violations[0].field", equalTo("reference"));
    }

    @Test
    void anAnonymousReportTakesNoContactDetails() {
        withProof().contentType(ContentType.JSON)
                .body(REPORT.replace("\"anonymous\":true", "\"anonymous\":true,\"contact\":{\"name\":\"Jo\"}"))
                .when().post("/api/v1/public/reports")
                .then().statusCode(400).body("violations[0].field", equalTo("contact"));
    }

    private static String suffix() {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder suffix = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 4; i++) {
            suffix.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return suffix.toString();
    }
}
