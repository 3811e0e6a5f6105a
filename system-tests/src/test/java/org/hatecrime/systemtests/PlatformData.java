package org.hatecrime.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hatecrime.testkit.PersonalDataScan;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the running platform keeps at rest, searched directly beside the services: every table of
 * every service's database (as the PostgreSQL superuser of the local platform) and every log file.
 * For tests that plant a marker in personal data and show where it is, and is not, kept.
 */
public final class PlatformData {

    /** Each service's database, as deploy/local names them. */
    static final List<String> DATABASES = List.of("reporting", "victim_care", "cases", "analytics");

    private final LocalPlatform platform;

    public PlatformData(LocalPlatform platform) {
        this.platform = platform;
    }

    /** {@code database:table.column} of every column holding the text in clear, binary columns included. */
    public List<String> columnsHolding(String text) {
        List<String> found = new ArrayList<>();
        for (String database : DATABASES) {
            DataSource dataSource = dataSource(database);
            try {
                Stream.concat(PersonalDataScan.plainColumnsContaining(dataSource, text).stream(),
                        PersonalDataScan.binaryColumnsContainingInPlain(dataSource, text).stream())
                        .map(column -> database + ":" + column).forEach(found::add);
            } catch (SQLException e) {
                throw new IllegalStateException("could not search " + database, e);
            }
        }
        return found;
    }

    /** Every value, as text, of every text-like column in any service's database that holds the text. */
    public List<String> valuesHolding(String text) {
        List<String> values = new ArrayList<>();
        for (String database : DATABASES) {
            DataSource dataSource = dataSource(database);
            try (Connection connection = dataSource.getConnection()) {
                for (String column : PersonalDataScan.plainColumnsContaining(dataSource, text)) {
                    String table = column.substring(0, column.indexOf('.'));
                    String name = column.substring(column.indexOf('.') + 1);
                    try (PreparedStatement select = connection.prepareStatement("select cast(\"" + name + "\" as text) from \"" + table
                            + "\" where cast(\"" + name + "\" as text) like ?")) {
                        select.setString(1, "%" + text + "%");
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                values.add(rows.getString(1));
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not search " + database, e);
            }
        }
        return values;
    }

    /**
     * Runs one statement in a service's database as its superuser, for what only time would do
     * otherwise (a deadline passing); the number of rows changed.
     */
    public int execute(String database, String statement, Object... parameters) {
        try (Connection connection = dataSource(database).getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            return prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not run a statement in " + database, e);
        }
    }

    /** The platform's log files holding the text. */
    public List<String> logsHolding(String text) {
        try (Stream<Path> logs = Files.list(platform.home().resolve("logs"))) {
            return logs.filter(Files::isRegularFile).filter(log -> contains(log, text)).map(log -> log.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {platform.postgresPort()});
        dataSource.setDatabaseName(database);
        dataSource.setUser("postgres");
        dataSource.setPassword(platform.postgresSuperuserPassword());
        return dataSource;
    }

    private static boolean contains(Path file, String text) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(line -> line.contains(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
