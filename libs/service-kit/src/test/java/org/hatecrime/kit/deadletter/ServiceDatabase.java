package org.hatecrime.kit.deadletter;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.hatecrime.testkit.SharedInfrastructure;

/** The kit test service's database, taken away and brought back as a server outage would. */
final class ServiceDatabase {

    private ServiceDatabase() {
    }

    /** New connections to the service's database are refused and the open ones dropped, as when the server goes down. */
    static void takeAway() throws SQLException {
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("alter database " + SharedInfrastructure.SERVICE_DATABASE + " allow_connections false");
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                    + SharedInfrastructure.SERVICE_DATABASE + "' and pid <> pg_backend_pid()");
        }
    }

    static void bringBack() throws SQLException {
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("alter database " + SharedInfrastructure.SERVICE_DATABASE + " allow_connections true");
        }
    }

    private static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(SharedInfrastructure.jdbcUrl().replace("/postgres", "/template1"), "postgres", "postgres");
    }
}
