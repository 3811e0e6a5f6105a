package org.hatecrime.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hatecrime.testkit.SharedInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * The kit's subject_key migration on every kind of database it meets: a new service's, a new
 * reporting database (whose own V3 creates the table), and an existing reporting database that
 * holds keys already.
 */
class SubjectKeyMigrationTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String KIT = "classpath:db/kit";
    private static final String REPORTING_V3 = "classpath:db/reporting-v3";

    @Test
    void aNewServiceDatabaseGetsTheTableFromTheKit() throws SQLException {
        String url = newDatabase();

        migrate(url, "true", KIT);

        assertThat(hasSubjectKeyTable(url)).isTrue();
    }

    @Test
    void aNewReportingDatabaseLeavesTheTableToItsOwnV3() throws SQLException {
        String url = newDatabase();

        migrate(url, "false", KIT, REPORTING_V3);

        assertThat(hasSubjectKeyTable(url)).isTrue();
    }

    @Test
    void withoutThePlaceholderANewReportingDatabaseWouldFailAtItsV3() throws SQLException {
        String url = newDatabase();

        assertThatThrownBy(() -> migrate(url, "true", KIT, REPORTING_V3)).isInstanceOf(FlywayException.class)
                .hasMessageContaining("subject_key");
    }

    @Test
    void anExistingReportingDatabaseKeepsItsKeysWhenTheKitMigrationRunsOutOfOrder() throws SQLException {
        String url = newDatabase();
        // the history before the kit owned the table: kit V1_0..V1_3, then reporting's V3 and a key
        Flyway.configure().dataSource(url, "postgres", "postgres").locations(KIT).target("1.3")
                .placeholders(Map.of("kit_creates_subject_key", "true", "runtime_role", SharedInfrastructure.runtimeRole())).load().migrate();
        Flyway.configure().dataSource(url, "postgres", "postgres").locations(REPORTING_V3)
                .ignoreMigrationPatterns("*:missing").load().migrate();
        execute(url, "insert into subject_key (subject_id, wrapped_key) values ('8d6a4b1e-5f0c-4d7e-9a61-2b3c4d5e6f70', '\\x01')");

        for (String placeholder : new String[] {"true", "false"}) {
            migrate(url, placeholder, KIT, REPORTING_V3);
        }

        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from subject_key where wrapped_key is not null")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    private static void migrate(String url, String kitCreatesSubjectKey, String... locations) {
        Flyway.configure().dataSource(url, "postgres", "postgres").locations(locations).outOfOrder(true)
                .placeholders(Map.of("kit_creates_subject_key", kitCreatesSubjectKey, "runtime_role", SharedInfrastructure.runtimeRole())).load().migrate();
    }

    private static String newDatabase() throws SQLException {
        String name = "subject_keys_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute(SharedInfrastructure.jdbcUrl(), "create database " + name);
        return SharedInfrastructure.jdbcUrl().replace("/postgres", "/" + name);
    }

    private static boolean hasSubjectKeyTable(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select to_regclass('subject_key') is not null")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static void execute(String url, String statementText) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        }
    }
}
