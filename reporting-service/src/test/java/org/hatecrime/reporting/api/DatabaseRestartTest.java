package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.hatecrime.testkit.SharedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database restart or fail-over ends every server session the service's pooled connections
 * belonged to. The next requests must not fail one by one on those dead connections.
 */
@QuarkusTest
class DatabaseRestartTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void afterTheDatabaseDropsItsConnectionsTheNextReportsAreAccepted() throws SQLException {
        ReportSubmissionTestSupport.submit("Shouted at before the database restarted");

        List<Integer> ended = endEverySessionOfTheService();
        assertThat(ended).as("sessions of the service that were ended").isNotEmpty();

        List<Integer> answers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            answers.add(given().auth().oauth2(ReportSubmissionTestSupport.STEVENAGE).contentType(ContentType.JSON)
                    .body(ReportSubmissionTestSupport.report("Shouted at after the database restarted, " + i))
                    .when().post("/api/v1/reports")
                    .then().extract().statusCode());
        }
        assertThat(answers).as("answers to the ten reports after the restart").containsOnly(201);
    }

    @AfterEach
    void leaveNoDeadConnectionForOtherTests() {
        dataSource.flush(AgroalDataSource.FlushMode.INVALID);
    }

    /**
     * Terminates, from a separate superuser session, every backend of the service's own user and
     * database, as a restart would; only this service's sessions are touched. Returns their pids
     * once they are gone.
     */
    private List<Integer> endEverySessionOfTheService() throws SQLException {
        String user;
        String database;
        try (Connection pooled = dataSource.getConnection();
                PreparedStatement whoAmI = pooled.prepareStatement("select current_user, current_database()");
                ResultSet row = whoAmI.executeQuery()) {
            row.next();
            user = row.getString(1);
            database = row.getString(2);
        }
        DataSource admin = SharedInfrastructure.postgres().getPostgresDatabase();
        List<Integer> ended = new ArrayList<>();
        try (Connection connection = admin.getConnection()) {
            try (PreparedStatement terminate = connection.prepareStatement("""
                    select pid, pg_terminate_backend(pid) from pg_stat_activity
                     where usename = ? and datname = ? and pid <> pg_backend_pid()""")) {
                terminate.setString(1, user);
                terminate.setString(2, database);
                try (ResultSet rows = terminate.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getBoolean(2)) {
                            ended.add(rows.getInt(1));
                        }
                    }
                }
            }
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> stillRunning(connection, ended) == 0);
        }
        return ended;
    }

    private static int stillRunning(Connection connection, List<Integer> pids) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from pg_stat_activity where pid = any(?)")) {
            count.setArray(1, connection.createArrayOf("integer", pids.toArray()));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
