package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.protection.VictimKeys;
import org.hatecrime.reporting.OtherServicesStandIn;
import org.hatecrime.reporting.domain.subjectaccess.SubjectAccessExports;
import org.hatecrime.reporting.domain.subjectaccess.SubjectAccessWork;
import org.hatecrime.testkit.PersonalDataScan;
import org.hatecrime.testkit.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Subject access (UK GDPR Art. 15): an administrator names a person as for an erasure, the worker
 * gathers what intake holds and what victim care and case progression answer over their internal
 * endpoints (stood in for here; the real ones are tested in their services and through the gateway
 * in the system tests), and the export is read as JSON or PDF, sealed at rest, audited, kept for its
 * time, and erased with the person. Only administrators of the agency that asked ever see it.
 */
@QuarkusTest
class SubjectAccessTest {

    private static final String CENTRE = ReportLifecycleTest.CENTRE;
    private static final String ADMIN = ReportLifecycleTest.ADMIN;
    private static final String OTHER_AGENCY_ADMIN = TestTokens.user("admin-beds", "admin", "beds-csp");
    private static final String PATH = "/api/v1/subject-access-requests";

    @Inject
    SubjectAccessWork work;

    @Inject
    SubjectAccessExports exports;

    @Inject
    VictimKeys victimKeys;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Sql sql;

    private static String phone() {
        return "07700 8" + String.format("%05d", Randomness.generator().nextInt(100_000));
    }

    private static String reportOf(String token, String phone) {
        return ReportSubmissionTestSupport.submit(token, ReportLifecycleTest.report(true, true).replace("07700 900123", phone)
                .replace("Called names at the bus stop", "Called names at the bus stop " + phone));
    }

    private static ValidatableResponse request(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    private static String requested(String body) {
        return request(ADMIN, body).statusCode(202).extract().path("id");
    }

    /** Runs the worker until the request has nothing left to gather now. */
    private String gathered(String id) {
        for (int run = 0; run < 10 && "IN_PROGRESS".equals(status(id)); run++) {
            work.workDueAt(Instant.now());
        }
        return status(id);
    }

    private static String status(String id) {
        return given().auth().oauth2(ADMIN).get(PATH + "/{id}", id).then().statusCode(200).extract().path("status");
    }

    private static ValidatableResponse export(String token, String id) {
        return given().auth().oauth2(token).accept(ContentType.JSON).get(PATH + "/{id}/export", id).then();
    }

    private long count(String query, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> sql.number(query, parameters));
    }

    @Test
    void anAdministratorGetsEverythingHeldAboutThePersonFromEveryServiceAsJsonAndAsAReadablePdf() throws Exception {
        String phone = phone();
        String first = reportOf(CENTRE, phone);
        String second = reportOf(CENTRE, phone);
        String someoneElse = ReportSubmissionTestSupport.submit(CENTRE, ReportLifecycleTest.report(true, true)
                .replace("07700 900123", phone()).replace("WATFORD", "STEVENAGE").replace("2026-11-19", "2026-10-02"));
        String victimKey = ReportLifecycleTest.awaitEvent(first, "report.submitted.v1").payload().get("victimKey").asText();
        String reasonMarker = "reason-" + UUID.randomUUID();
        OtherServices.holdFor(OtherServices.victimCare(), first, """
                {"service":"victim-care-service","description":"Victim care","referrals":[{"id":"r-1","provider":"beacon",
                 "contactDetails":{"details":{"contact":{"name":"Łukasz Wiśniewski (Олена) in victim care"}}}}],"receivedReports":[]}""");
        OtherServices.holdFor(OtherServices.cases(), first, """
                {"service":"case-service","description":"Case progression","cases":[{"id":"c-1","force":"herts-police",
                 "crimeReference":"41/55555/26"}],"receivedReports":[],"victimSupport":[]}""");

        String location = request(ADMIN, """
                {"reportId":"%s","reason":"Written request received 2026-12-01, identity checked %s","reference":"SAR-2026-014"}"""
                .formatted(second, reasonMarker)).statusCode(202)
                .header("Location", containsString(PATH + "/"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("partsTotal", equalTo(5))
                .body("partsDone", equalTo(0))
                .body("progress.service", equalTo(List.of("reporting-service", "victim-care-service", "case-service", "analytics-service")))
                .body("requestedBy", equalTo("admin-herts"))
                .body("agency", equalTo("herts-csp"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        export(ADMIN, id).statusCode(409).contentType("application/problem+json").body("detail", containsString("still being gathered"));

        assertThat(gathered(id)).isEqualTo("COMPLETE");
        given().auth().oauth2(ADMIN).get(PATH + "/{id}", id).then().statusCode(200)
                .body("partsDone", equalTo(5)).body("completedAt", notNullValue()).body("expiresAt", notNullValue())
                .body("reason", containsString(reasonMarker)).body("reference", equalTo("SAR-2026-014"))
                .body("progress.find { it.service == 'reporting-service' }.done", equalTo(2));

        String json = export(ADMIN, id).statusCode(200).contentType(ContentType.JSON)
                .body("request.reference", equalTo("SAR-2026-014"))
                .body("person.namedByReport", equalTo(second))
                .body("person.reportsFound", equalTo(2))
                .body("services.service", equalTo(List.of("reporting-service", "victim-care-service", "case-service", "analytics-service")))
                .body("services[0].reports.id", containsInAnyOrder(first, second))
                .body("services[0].reports[0].details.contact.phone", equalTo(phone))
                .body("services[0].reports[0].details.safeContact.safeTimes", equalTo("after 6pm"))
                .body("services[0].reports[0].strands", equalTo(List.of("DISABILITY")))
                .body("services[0].reports[0].consentHistory.size()", greaterThan(0))
                .body("services[1].referrals[0].contactDetails.details.contact.name", equalTo("Łukasz Wiśniewski (Олена) in victim care"))
                .body("services[2].cases[0].crimeReference", equalTo("41/55555/26"))
                .body("services[3].note", startsWith("Analytics holds no personal data"))
                .body("aboutTheProcessing", hasSize(8))
                .extract().asString();
        assertThat(json).doesNotContain(someoneElse).doesNotContain("subjectId").doesNotContain("followUpCodeHash");

        // the other services were asked with intake's own token, the person's reports and victim key in the body, never in the URL
        for (LoggedRequest query : OtherServices.queriesNaming(OtherServices.victimCare(), first)) {
            assertThat(query.getHeader("Authorization")).isEqualTo("Bearer " + OtherServicesStandIn.SERVICE_TOKEN);
            assertThat(query.getUrl()).isEqualTo(OtherServicesStandIn.PATH);
            assertThat(query.getBodyAsString()).contains(first, second, victimKey, id, "admin-herts").doesNotContain(someoneElse);
        }
        assertThat(OtherServices.queriesNaming(OtherServices.victimCare(), first)).hasSize(1);
        assertThat(OtherServices.queriesNaming(OtherServices.cases(), first)).hasSize(1);

        byte[] pdf = given().auth().oauth2(ADMIN).accept("application/pdf").get(PATH + "/{id}/export", id).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString(".pdf")).extract().asByteArray();
        String text = text(pdf);
        assertThat(text).contains("Subject access export", "The request", "SAR-2026-014", "About the processing", "Held by intake (the reports)",
                "Held by victim care (referrals and support)", "Held by case progression", "Voicemail allowed: no", "Analytics holds no personal data", phone, "Safe times: after 6pm",
                "Received at", "Łukasz Wiśniewski (Олена) in victim care", "41/55555/26", "shown as '?'");
        assertThat(text(given().auth().oauth2(ADMIN).get(PATH + "/{id}/export.pdf", id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray())).contains(phone);

        // sealed at rest: neither the details nor the reason are anywhere in plain, except the reason in the audit trail
        assertThat(PersonalDataScan.binaryColumnsContainingInPlain(dataSource, "Łukasz Wiśniewski (Олена) in victim care")).isEmpty();
        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, "Łukasz Wiśniewski (Олена) in victim care")).isEmpty();
        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, reasonMarker)).containsOnly("audit_log.purpose");
        assertThat(count("select count(*) from subject_access_part where request_id = ?::uuid and sealed_content is not null", id)).isEqualTo(5);

        // audited: the request, each look, each read with its form, and each report reached as read by the administrator
        assertThat(count("select count(*) from audit_log where object_id = ? and action = 'subject-access.request' and actor = 'admin-herts'",
                id)).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where object_id = ? and action = 'subject-access.export-read'", id)).isEqualTo(3);
        assertThat(count("select count(*) from audit_log where object_id = ? and action = 'subject-access.read'", id)).isGreaterThan(1);
        assertThat(count("select count(*) from audit_log where object_id = ? and action = 'report.subject-access' and actor = 'admin-herts' "
                + "and purpose like ?", first, "%" + id + "%")).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where object_id = ? and action = 'report.subject-access'", someoneElse)).isZero();
    }

    @Test
    void contactDetailsAloneFindTheReportsTheyKeyAndGoToTheOtherServicesAsVictimKeys() {
        String marker = "sar" + UUID.randomUUID().toString().substring(0, 8);
        String email = marker + "@example.org";
        String watford = ReportSubmissionTestSupport.submit(ReportSubmissionTestSupport.WATFORD, ReportLifecycleTest.report(false, false)
                .replace("\"phone\":\"07700 900123\"", "\"email\":\"" + email + "\""));
        String id = requested("""
                {"email":"%s","reason":"Written request received 2026-12-02, identity checked"}""".formatted(email.toUpperCase()));
        assertThat(gathered(id)).isEqualTo("COMPLETE");
        export(ADMIN, id).statusCode(200).body("person.namedByReport", nullValue()).body("person.namedByContactDetails", equalTo(true))
                .body("services[0].reports.id", equalTo(List.of(watford)))
                .body("services[0].reports[0].details.contact.email", equalTo(email));
        String key = victimKeys.of(email, null).get(0);
        assertThat(OtherServices.queriesNaming(OtherServices.victimCare(), key)).hasSize(1);

        // someone who never reported at intake may still be known to victim care (a self-referral): asked by their key alone
        String stranger = "nobody" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String none = requested("""
                {"email":"%s","reason":"Written request received 2026-12-03, identity checked"}""".formatted(stranger));
        assertThat(gathered(none)).isEqualTo("COMPLETE");
        export(ADMIN, none).statusCode(200).body("services[0].reports", hasSize(0)).body("person.reportsFound", equalTo(0));
        assertThat(OtherServices.queriesNaming(OtherServices.cases(), victimKeys.of(stranger, null).get(0))).hasSize(1);
    }

    @Test
    void onlyAdministratorsOfTheAgencyThatAskedEverSeeARequestAndIdsCannotBeGuessed() {
        String report = reportOf(CENTRE, phone());
        String body = """
                {"reportId":"%s","reason":"Written request received 2026-12-01, identity checked"}""".formatted(report);
        request(CENTRE, body).statusCode(403).contentType("application/problem+json");
        request(ReportLifecycleTest.POLICE, body).statusCode(403);
        request(TestTokens.system("victim-care-service", "internal-service", "beacon"), body).statusCode(403);
        request(TestTokens.withoutAgency("admin-herts", "admin"), body).statusCode(403);
        given().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(401);
        String id = requested(body);
        assertThat(gathered(id)).isEqualTo("COMPLETE");

        for (String path : List.of(PATH + "/{id}", PATH + "/{id}/export", PATH + "/{id}/export.pdf")) {
            given().auth().oauth2(CENTRE).get(path, id).then().statusCode(403);
            given().auth().oauth2(TestTokens.system("victim-care-service", "internal-service", "beacon")).get(path, id).then().statusCode(403);
            given().auth().oauth2(OTHER_AGENCY_ADMIN).get(path, id).then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(ADMIN).get(path, UUID.randomUUID()).then().statusCode(404);
        }
        given().auth().oauth2(ADMIN).get(PATH + "/{id}", "1").then().statusCode(404);
        given().auth().oauth2(ReportLifecycleTest.SECOND_ADMIN).get(PATH + "/{id}", id).then().statusCode(200);
        assertThat(count("select count(*) from audit_log where object_id = ? and agency = 'beds-csp'", id)).isZero();

        request(ADMIN, """
                {"reason":"Written request received 2026-12-01, identity checked"}""").statusCode(400)
                .body("violations[0].field", equalTo("reportId"));
        request(ADMIN, """
                {"reportId":"%s","reason":"Written request received 2026-12-01"}""".formatted(UUID.randomUUID())).statusCode(404);
        request(ADMIN, """
                {"reportId":"%s","reason":"short"}""".formatted(report)).statusCode(400);
        request(ADMIN, """
                {"email":"not-an-email","reason":"Written request received 2026-12-01"}""").statusCode(400);
    }

    @Test
    void aServiceThatCannotAnswerIsAskedAgainLaterAndTheRequestFailsWhenItNeverDoes() {
        String report = reportOf(CENTRE, phone());
        OtherServices.answerFor(OtherServices.cases(), report, 503);
        String id = requested("""
                {"reportId":"%s","reason":"Written request received 2026-12-01, identity checked"}""".formatted(report));
        Instant now = Instant.now();
        work.workDueAt(now);
        given().auth().oauth2(ADMIN).get(PATH + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("partsDone", equalTo(3))
                .body("progress.find { it.service == 'case-service' }.lastError", equalTo("case-service answered 503"))
                .body("progress.find { it.service == 'case-service' }.nextAttemptAt", notNullValue());
        assertThat(work.workDueAt(now.plusSeconds(1))).as("not due before its wait").isZero();
        assertThat(given().auth().oauth2(ADMIN).get(PATH + "/{id}", id).then().extract().asString())
                .doesNotContain("secret-detail-never-repeated");

        // a part held by a worker that died is due again once its hold ends
        QuarkusTransaction.requiringNew().run(() -> sql.update(
                "update subject_access_part set claimed_until = ? where request_id = ?::uuid and service = 'case-service'",
                now.plus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC), id));
        assertThat(work.workDueAt(now.plus(Duration.ofMinutes(5)))).isZero();
        assertThat(work.workDueAt(now.plus(Duration.ofMinutes(11)))).isEqualTo(1);
        assertThat(work.workDueAt(now.plus(Duration.ofHours(2)))).isEqualTo(1);
        given().auth().oauth2(ADMIN).get(PATH + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("progress.find { it.service == 'case-service' }.failed", equalTo(1));
        export(ADMIN, id).statusCode(409).body("detail", containsString("failed"));

        // once it answers again, a new request goes through
        OtherServices.holdFor(OtherServices.cases(), report, """
                {"service":"case-service","description":"Case progression","cases":[],"receivedReports":[],"victimSupport":[]}""");
        String again = requested("""
                {"reportId":"%s","reason":"Written request received 2026-12-01, asked again"}""".formatted(report));
        assertThat(gathered(again)).isEqualTo("COMPLETE");
    }

    @Test
    void erasingThePersonErasesTheirExportAndAnExportOfSomeoneErasedHoldsNothingReadable() {
        String phone = phone();
        String report = reportOf(CENTRE, phone);
        String id = requested("""
                {"reportId":"%s","reason":"Written request received 2026-12-01, identity checked"}""".formatted(report));
        assertThat(gathered(id)).isEqualTo("COMPLETE");
        export(ADMIN, id).statusCode(200);

        ReportLifecycleTest.post(ADMIN, "/api/v1/reports/" + report + "/erasure", "{\"reason\":\"erasure request of the person 2026-150\"}")
                .statusCode(200);
        given().auth().oauth2(ADMIN).get(PATH + "/{id}", id).then().statusCode(200)
                .body("status", equalTo("ERASED")).body("reason", nullValue()).body("endedAt", notNullValue());
        export(ADMIN, id).statusCode(410).contentType("application/problem+json").body("detail", containsString("erased"));
        given().auth().oauth2(ADMIN).get(PATH + "/{id}/export.pdf", id).then().statusCode(410);
        assertThat(count("select count(*) from subject_access_part where request_id = ?::uuid and sealed_content is not null", id)).isZero();
        assertThat(count("""
                select count(*) from subject_access_request r join subject_key k on k.subject_id = r.subject_id
                 where r.id = ?::uuid and k.wrapped_key is null""", id)).as("the export's key erased").isEqualTo(1);

        // asked again after the erasure: the coded facts, nothing readable about the person
        String after = requested("""
                {"reportId":"%s","reason":"Written request received 2026-12-09, identity checked"}""".formatted(report));
        assertThat(gathered(after)).isEqualTo("COMPLETE");
        String json = export(ADMIN, after).statusCode(200)
                .body("services[0].reports[0].details", startsWith("erased"))
                .body("services[0].reports[0].district", equalTo("WATFORD"))
                .extract().asString();
        assertThat(json).doesNotContain(phone).doesNotContain("Sam Example");
        // by their phone, nothing is found at all: their victim keys went with the erasure
        String byPhone = requested("""
                {"phone":"%s","reason":"Written request received 2026-12-09, identity checked"}""".formatted(phone));
        assertThat(gathered(byPhone)).isEqualTo("COMPLETE");
        export(ADMIN, byPhone).statusCode(200).body("person.reportsFound", equalTo(0));
    }

    @Test
    void anExportAskedByContactDetailsBeforeThePersonEverReportedIsErasedWhenTheyAreErasedLater() throws Exception {
        String phone = phone();
        String id = requested("""
                {"phone":"%s","reason":"Written request received 2026-12-01, identity checked"}""".formatted(phone));
        assertThat(gathered(id)).isEqualTo("COMPLETE");
        export(ADMIN, id).statusCode(200).body("person.reportsFound", equalTo(0));
        String unrelated = requested("""
                {"phone":"%s","reason":"Written request received 2026-12-01, identity checked"}""".formatted(phone()));
        assertThat(gathered(unrelated)).isEqualTo("COMPLETE");
        assertThat(count("select count(*) from subject_access_victim_key where request_id = ?::uuid", id))
                .as("only keyed hashes of the keys asked about are kept").isEqualTo(1);
        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, victimKeys.of(null, phone).get(0))).isEmpty();

        // the person reports later, and is then erased: the export made about them before goes too
        String report = reportOf(CENTRE, phone);
        ReportLifecycleTest.post(ADMIN, "/api/v1/reports/" + report + "/erasure", "{\"reason\":\"erasure request of the person 2026-151\"}")
                .statusCode(200);
        given().auth().oauth2(ADMIN).get(PATH + "/{id}", id).then().statusCode(200).body("status", equalTo("ERASED"));
        export(ADMIN, id).statusCode(410).body("detail", containsString("erased"));
        assertThat(count("select count(*) from subject_access_victim_key where request_id = ?::uuid", id)).isZero();
        assertThat(status(unrelated)).as("another person's export stays").isEqualTo("COMPLETE");
    }

    @Test
    void aReportAnonymisedOnRetentionReviewLeavesTheExportsHoldingItAtOnce() {
        String phone = phone();
        String report = ReportSubmissionTestSupport.submit(CENTRE, ReportLifecycleTest.report(false, false).replace("07700 900123", phone));
        ReportLifecycleTest.post(CENTRE, "/api/v1/reports/" + report + "/triage", "{\"recordedAs\":\"CRIME\"}").statusCode(200);
        ReportLifecycleTest.post(CENTRE, "/api/v1/reports/" + report + "/closure", null).statusCode(200);
        String id = requested("""
                {"reportId":"%s","reason":"Written request received 2026-12-01, identity checked"}""".formatted(report));
        assertThat(gathered(id)).isEqualTo("COMPLETE");
        assertThat(export(ADMIN, id).statusCode(200).extract().asString()).contains(phone);

        // seven years on, the report's review decides its details are no longer needed
        QuarkusTransaction.requiringNew().run(() -> sql.update("update report set ended_at = ended_at - interval '7 years', "
                + "received_at = received_at - interval '7 years' where id = ?::uuid", report));
        ReportLifecycleTest.post(ADMIN, "/api/v1/reports/" + report + "/retention-decisions", """
                {"decision":"ANONYMISE","reason":"Closed seven years ago; no complaint or appeal open"}""").statusCode(201);

        String json = export(ADMIN, id).statusCode(200)
                .body("services[0].reports[0].details", startsWith("anonymised on review"))
                .body("services[0].reports[0].anonymisedAt", notNullValue())
                .body("services[0].reports[0].district", equalTo("WATFORD"))
                .extract().asString();
        assertThat(json).doesNotContain(phone).doesNotContain("Sam Example");
        assertThat(count("select count(*) from audit_log where action = 'subject-access.report-anonymised' and object_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void anExportIsKeptForItsTimeThenDeleted() {
        String report = reportOf(CENTRE, phone());
        String id = requested("""
                {"reportId":"%s","reason":"Written request received 2026-12-01, identity checked"}""".formatted(report));
        assertThat(gathered(id)).isEqualTo("COMPLETE");
        exports.expireDueAt(Instant.now().plus(Duration.ofDays(29)).atOffset(ZoneOffset.UTC));
        export(ADMIN, id).statusCode(200);
        exports.expireDueAt(Instant.now().plus(Duration.ofDays(31)).atOffset(ZoneOffset.UTC));
        given().auth().oauth2(ADMIN).get(PATH + "/{id}", id).then().statusCode(200).body("status", equalTo("EXPIRED"))
                .body("reference", nullValue());
        export(ADMIN, id).statusCode(410).body("detail", containsString("deleted"));
        assertThat(count("select count(*) from subject_access_part where request_id = ?::uuid and sealed_content is not null", id)).isZero();
        assertThat(count("select count(*) from audit_log where object_id = ? and action = 'subject-access.expired' and actor = 'platform'",
                id)).isEqualTo(1);
    }

    /** The PDF's words as a reader reads them: its lines joined, wherever a paragraph happens to wrap. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
