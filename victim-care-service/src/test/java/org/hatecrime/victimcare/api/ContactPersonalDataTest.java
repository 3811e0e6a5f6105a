package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.PersonalDataScan;
import org.hatecrime.testkit.ProofOfWorkClient;
import org.hatecrime.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * Contact details never leave their seal: markers planted in every personal field, by intake's
 * packet and by a self-referral, appear in no event, no log line and no column but the sealed one.
 */
@QuarkusTest
class ContactPersonalDataTest {

    private static final Path LOG = Path.of("target", "victim-care-service-test.log");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void markersInContactDetailsAppearNowhereButTheSealedColumn() throws Exception {
        String m = "mk" + UUID.randomUUID().toString().replace("-", "");
        String contact = """
                {"name":"name-%1$s","email":"%1$s@example.org","phone":"07700 900777","address":"address-%1$s","postcode":"SG1 1AA"}"""
                .formatted(m);
        String safe = """
                {"safeToCall":true,"safeTimes":"times-%1$s","voicemailAllowed":true,"language":"lang-%1$s","interpreterNeeded":true,
                 "accessibilityNeeds":"access-%1$s","notes":"notes-%1$s"}""".formatted(m);
        UUID reportId = UUID.randomUUID();
        Intake.holdsPacket(reportId, contact, safe);
        Intake.Referred referral = Intake.referredFrom(reportId);
        String beacon = ReferralWorkTest.BEACON;
        ReferralWorkTest.change(beacon, referral.id(), "{\"status\":\"ACKNOWLEDGED\"}").statusCode(200);
        given().auth().oauth2(beacon).get("/api/v1/referrals/{id}/contact-details", referral.id()).then().statusCode(200);
        ContactLogTest.log(beacon, referral.id(), "PHONE", ContactLogTest.MONDAY_EVENING, "VICTIM_CONFIRMED_TIME").statusCode(201);
        ContactLogTest.log(beacon, referral.id(), "PHONE", ContactLogTest.MONDAY_EVENING, null).statusCode(409);
        given().auth().oauth2(beacon).get("/api/v1/referrals/{id}/contacts", referral.id()).then().statusCode(200);
        String self = given().header(ProofOfWorkClient.HEADER, SelfReferralTest.proofOfWork()).contentType(ContentType.JSON).body("""
                {"contact":%s,"safeContact":%s,"consentToContact":true}""".formatted(contact.replace("07700 900777", "07700 900778"), safe))
                .post("/api/v1/public/self-referrals").then().statusCode(201).extract().path("reference");

        TestEvents.awaitRecord(Topics.REFERRALS, r -> referral.id().equals(r.key()) && r.value().contains("referral.acknowledged.v1"),
                Duration.ofSeconds(20));
        assertThat(TestEvents.readAll(Topics.REFERRALS, Duration.ofSeconds(2)))
                .allSatisfy(r -> assertThat(r.value()).doesNotContain(m).doesNotContain("900777").doesNotContain("900778"));
        assertThat(Files.readString(LOG, StandardCharsets.UTF_8)).doesNotContain(m).doesNotContain("900777");
        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, m)).isEmpty();
        assertThat(PersonalDataScan.plainColumnsContaining(dataSource, "900777")).isEmpty();
        assertThat(PersonalDataScan.binaryColumns(dataSource)).contains("victim_contact.sealed_details");
        assertThat(PersonalDataScan.binaryColumnsContainingInPlain(dataSource, m)).isEmpty();
        assertThat(self).startsWith("SR-");
    }
}
