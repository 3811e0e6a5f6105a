package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.junit.jupiter.api.Test;

/**
 * The NUL character, which PostgreSQL cannot hold in text, is refused as bad input naming where it
 * was, never a 500: found by fuzzing (a district filter and a subject access request's reason).
 */
@QuarkusTest
class NulCharacterTest {

    @Inject
    Sql sql;

    @Test
    void aQueryParameterHoldingANulIsA400NamingIt() {
        given().auth().oauth2(ReportLifecycleTest.CENTRE).queryParam("district", "STEVE\u0000NAGE").get("/api/v1/reports").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("district"));
    }

    @Test
    void aJsonFieldHoldingANulIsA400NamingItAndNothingIsStored() {
        String marker = "nul-" + UUID.randomUUID();
        given().auth().oauth2(ReportLifecycleTest.ADMIN).contentType(ContentType.JSON).body("""
                {"reportId":"%s","reason":"%s\\u0000 written request","reference":"SAR-2026-099"}""".formatted(UUID.randomUUID(), marker))
                .post("/api/v1/subject-access-requests").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("reason"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> sql.number(
                "select count(*) from audit_log where purpose like ?", "%" + marker + "%"))).isZero();
    }
}
