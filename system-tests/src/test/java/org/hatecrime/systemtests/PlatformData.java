package org.hatecrime.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hatecrime.testkit.PersonalDataScan;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the running platform keeps at rest, searched directly beside the services: every table of
 * every service's database (as the PostgreSQL superuser of the local platform) and every log file.
 * For tests that plant a marker in personal data and show where it is, and is not, kept.
 */
final class PlatformData {

    /** Each service's database, as deploy/local names them. */
    static final List<String> DATABASES = List.of("reporting", "victim_care", "cases", "analytics");

    private final LocalPlatform platform;

    PlatformData(LocalPlatform platform) {
        this.platform = platform;
    }

    /** {@code database:table.column} of every column holding the text in clear, binary columns included. */
    List<String> columnsHolding(String text) {
        List<String> found = new ArrayList<>();
        for (String database : DATABASES) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setServerNames(new String[] {"127.0.0.1"});
            dataSource.setPortNumbers(new int[] {platform.postgresPort()});
            dataSource.setDatabaseName(database);
            dataSource.setUser("postgres");
            dataSource.setPassword(platform.postgresSuperuserPassword());
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

    /** The platform's log files holding the text. */
    List<String> logsHolding(String text) {
        try (Stream<Path> logs = Files.list(platform.home().resolve("logs"))) {
            return logs.filter(Files::isRegularFile).filter(log -> contains(log, text)).map(log -> log.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String text) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(line -> line.contains(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
