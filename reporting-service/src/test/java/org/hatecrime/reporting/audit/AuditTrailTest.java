package org.hatecrime.reporting.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.hatecrime.kit.audit.AuditChainVerifier;
import org.hatecrime.reporting.api.ReportSubmissionTestSupport;
import org.hatecrime.testkit.SharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail is complete, tamper-evident, and a precondition of every access. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditChainVerifier verifier;

    @BeforeEach
    void someAuditedActivity() {
        String id = ReportSubmissionTestSupport.submit("audited for the chain");
        given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).get("/api/v1/reports/{id}", id).then().statusCode(200);
    }

    @Test
    void anUntouchedChainVerifies() {
        AuditChainVerifier.Verdict verdict = verifier.verify();

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.rowsVerified()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAdministratorCanVerifyTheChainThroughTheApi() {
        given().auth().oauth2(org.hatecrime.testkit.TestTokens.user("admin-herts", "admin", "herts-csp"))
                .get("/api/v1/audit/verification").then().statusCode(200).body("intact", equalTo(true));
        given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).get("/api/v1/audit/verification").then().statusCode(403);
        given().get("/api/v1/audit/verification").then().statusCode(401);
        given().auth().oauth2(org.hatecrime.testkit.TestTokens.withoutAgency("admin-nowhere", "admin"))
                .get("/api/v1/audit/verification").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() throws SQLException {
        // the service's own role may not even try; the owner's role meets the append-only triggers
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(attempt(statement, "update audit_log set actor = 'someone-else' where seq = 1")).contains("permission denied");
            assertThat(attempt(statement, "delete from audit_log where seq = 1")).contains("permission denied");
        }
        try (Connection connection = SharedInfrastructure.ownerConnection(); Statement statement = connection.createStatement()) {
            assertThat(attempt(statement, "update audit_log set actor = 'someone-else' where seq = 1")).contains("append-only");
            assertThat(attempt(statement, "delete from audit_log where seq = 1")).contains("append-only");
        }
    }

    @Test
    void aChangedRowIsDetected() throws SQLException {
        AuditChainVerifier.Verdict verdict = tamperedWith("update audit_log set purpose = 'nothing to see' where seq = 2");

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenAt()).isEqualTo(2L);
        assertThat(verdict.reason()).contains("changed");
    }

    @Test
    void aDeletedRowIsDetected() throws SQLException {
        // the first row of a chain that has a successor, so the gap shows
        AuditChainVerifier.Verdict verdict = tamperedWith("""
                delete from audit_log where (chain, chain_seq) = (
                  select chain, 1 from audit_log group by chain having count(*) > 1 order by chain limit 1)""");

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenAt()).isNotNull();
        assertThat(verdict.reason()).contains("row 1 is missing");
    }

    @Test
    void aChainWhoseNewestRowsWereRemovedIsDetected() throws SQLException {
        AuditChainVerifier.Verdict verdict = tamperedWith("""
                delete from audit_log where (chain, chain_seq) = (
                  select chain, max(chain_seq) from audit_log group by chain order by chain limit 1)""");

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.reason()).contains("newest rows are missing");
    }

    @Test
    void aRowAppendedByAnEarlierVersionStillMovesItsChainsHead() throws SQLException {
        // an instance of the previous version, during an upgrade, appends without knowing the heads
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        insert into audit_log (chain, chain_seq, occurred_at, actor, action, object_type, object_id, purpose, prev_hash, hash)
                        select chain, max(chain_seq) + 1, now(), 'earlier-version', 'report.read', 'report', 'x', 'upgrade', 'p', 'h'
                          from audit_log group by chain order by chain limit 1""");
                try (ResultSet head = statement.executeQuery("""
                        select h.chain_seq = l.newest from audit_chain_head h
                          join (select chain, max(chain_seq) newest from audit_log group by chain) l using (chain)
                         where l.chain = (select min(chain) from audit_log)""")) {
                    assertThat(head.next()).isTrue();
                    assertThat(head.getBoolean(1)).isTrue();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    @Test
    void aRowMovedToAnotherPlaceInItsChainIsDetected() throws SQLException {
        AuditChainVerifier.Verdict verdict = tamperedWith("""
                update audit_log set prev_hash = repeat('0', 64) where (chain, chain_seq) = (
                  select chain, 2 from audit_log group by chain having count(*) > 1 order by chain limit 1)""");

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.reason()).contains("does not follow its predecessor");
    }

    @Test
    void reportsSpreadOverSeveralChains() throws SQLException {
        for (int i = 0; i < 10; i++) {
            ReportSubmissionTestSupport.submit("spread " + i);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(distinct chain) from audit_log")) {
            result.next();
            assertThat(result.getLong(1)).isGreaterThan(1);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void whenTheAuditRowCannotBeWrittenTheReportIsNotTaken() throws SQLException {
        long reports = count("report");
        long events = count("outbox_event");
        execute("alter table audit_log rename to audit_log_unavailable");
        try {
            given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).contentType(ContentType.JSON)
                    .body(ReportSubmissionTestSupport.report("not without an audit trail"))
                    .when().post("/api/v1/reports")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://hatecrime.example/problems/unavailable"));
        } finally {
            execute("alter table audit_log_unavailable rename to audit_log");
        }
        assertThat(count("report")).isEqualTo(reports);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    /** Tampers as the database's owner in a transaction of its own, verifies what it sees, and rolls back. */
    private AuditChainVerifier.Verdict tamperedWith(String sql) throws SQLException {
        try (Connection connection = SharedInfrastructure.ownerConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter table audit_log disable trigger audit_log_no_change");
                statement.execute(sql);
                return verifier.verify(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static String attempt(Statement statement, String sql) {
        try {
            statement.execute(sql);
            return "allowed";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** As the owner: only the owner may rename the audit log. */
    private void execute(String sql) throws SQLException {
        try (Connection connection = SharedInfrastructure.ownerConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
