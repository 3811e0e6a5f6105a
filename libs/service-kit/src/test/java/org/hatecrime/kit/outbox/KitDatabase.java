package org.hatecrime.kit.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.hatecrime.testkit.SharedInfrastructure;

/** A fresh database with the kit's tables, on the test JVM's shared PostgreSQL. */
public final class KitDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final String url;

    private KitDatabase(String url) {
        this.url = url;
    }

    public static KitDatabase create() throws SQLException {
        String name = "kit_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(SharedInfrastructure.jdbcUrl(), "postgres", "postgres");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        String url = SharedInfrastructure.jdbcUrl().replace("/postgres", "/" + name);
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/kit")
                .placeholders(Map.of("kit_creates_subject_key", "true", "runtime_role", SharedInfrastructure.runtimeRole())).load().migrate();
        return new KitDatabase(url);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
