package org.hatecrime.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Duration;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.DatabaseBreakerTest;
import org.hatecrime.kit.domain.DomainException;
import org.junit.jupiter.api.Test;

/** Failures the caller can retry answer 503 with Retry-After; real defects answer 500 without details. */
class ProblemMappersTest {

    private final ProblemMappers mappers = mappers(Duration.ofSeconds(2));

    @Test
    void anExhaustedConnectionPoolIsAskedToBeRetried() {
        Response response = mappers.unexpected(new IllegalStateException("could not store", new SQLException("Sorry, acquisition timeout!")), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getEntity().toString()).contains("nothing was stored");
    }

    @Test
    void aBusyServiceAsksForTheConfiguredPause() {
        ProblemMappers patient = mappers(Duration.ofSeconds(30));
        ProblemMappers fractional = mappers(Duration.ofMillis(1500));
        SQLException busy = new SQLException("too many connections", "53300");

        assertThat(patient.unexpected(new RuntimeException(busy), null).getHeaderString("Retry-After")).isEqualTo("30");
        assertThat(fractional.unexpected(new RuntimeException(busy), null).getHeaderString("Retry-After")).isEqualTo("2");
    }

    @Test
    void aLostDatabaseConnectionIsAskedToBeRetried() {
        Response response = mappers.unexpected(new RuntimeException(new SQLException("connection refused", "08001")), null);

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void anActionRefusedBecauseItsAuditRecordCouldNotBeWrittenIsAskedToBeRetried() {
        // The database went away in the middle of the action (seen when PostgreSQL was killed under load).
        Response response = mappers.auditUnavailable(new AuditLog.AuditUnavailableException(
                new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01")), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
        assertThat(response.getEntity().toString()).contains("not carried out");
    }

    @Test
    void anAuditRecordRefusedForWhatItHeldIsNotAskedToBeRetriedForAnAnswerThatWouldNeverChange() {
        // A value PostgreSQL cannot hold in text fails the same way on every retry.
        Response response = mappers.auditUnavailable(new AuditLog.AuditUnavailableException(
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")), null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString("Retry-After")).isNull();
        assertThat(response.getEntity().toString()).doesNotContain("UTF8").contains("quote the request id");
        assertThat(mappers.refuseWhileTheDatabaseIsAway(null)).isEmpty();
    }

    @Test
    void anAuditLogThatCannotBeFoundIsAskedToBeRetriedOnceItIsBack() {
        Response response = mappers.auditUnavailable(new AuditLog.AuditUnavailableException(
                new SQLException("relation \"audit_log\" does not exist", "42P01")), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
    }

    @Test
    void onceTheDatabaseCouldNotBeReachedTheNextRequestsAreRefusedBeforeTheyWaitForAConnection() {
        assertThat(mappers.refuseWhileTheDatabaseIsAway(null)).isEmpty();

        mappers.unexpected(new RuntimeException(new SQLException("connection refused", "08001")), null);

        assertThat(mappers.refuseWhileTheDatabaseIsAway(null)).hasValueSatisfying(refused -> {
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeaderString("Retry-After")).isEqualTo("2");
            assertThat(refused.getEntity().toString()).contains("nothing was stored");
        });
    }

    @Test
    void aBusyPoolOrAFailingStatementNeverRefusesTheRequestsAfterIt() {
        mappers.unexpected(new RuntimeException(new SQLException("too many connections", "53300")), null);
        mappers.unexpected(new RuntimeException(new SQLException("Sorry, acquisition timeout!")), null);
        mappers.unexpected(new RuntimeException(new SQLException("duplicate key", "23505")), null);

        assertThat(mappers.refuseWhileTheDatabaseIsAway(null)).isEmpty();
    }

    @Test
    void aReferenceThatMustWaitIsToldWhenToTryAgainInWholeSecondsRoundedUp() {
        Response response = mappers.domain(new DomainException.TooManyAttempts("Too many wrong codes", Duration.ofMillis(3200)), null);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("4");
        assertThat(response.getEntity().toString()).contains("\"status\":429").contains("Too many wrong codes");
    }

    @Test
    void aWaitThatHasAlmostPassedStillAsksForAtLeastASecond() {
        assertThat(mappers.domain(new DomainException.TooManyAttempts("wait", Duration.ofMillis(1)), null)
                .getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(mappers.domain(new DomainException.TooManyAttempts("wait", Duration.ZERO), null)
                .getHeaderString("Retry-After")).isEqualTo("1");
    }

    @Test
    void aDefectIsA500ThatRevealsNothingInternal() {
        Response response = mappers.unexpected(new IllegalStateException("secret internals", new SQLException("syntax error", "42601")), null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getEntity().toString()).doesNotContain("secret internals").doesNotContain("syntax");
    }

    private static ProblemMappers mappers(Duration retryAfter) {
        return new ProblemMappers(new ObjectMapper(), () -> retryAfter, DatabaseBreakerTest.breaker(() -> false));
    }
}
