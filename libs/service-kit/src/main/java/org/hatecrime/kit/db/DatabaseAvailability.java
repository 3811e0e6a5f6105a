package org.hatecrime.kit.db;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Tells "the database is away" from "this statement failed". The first is the platform's problem
 * (retry later, answer 503, never blame the request or the event); the second belongs to whatever
 * was being done.
 */
@ApplicationScoped
public class DatabaseAvailability {

    private final Sql sql;

    DatabaseAvailability(Sql sql) {
        this.sql = sql;
    }

    /**
     * Whether a failure is the database's rather than the work's: the failure itself says so (no
     * connection, server shutting down or out of resources, pool exhausted), or the database does
     * not answer a trivial query right now.
     */
    public boolean isAway(Throwable failure) {
        return isConnectionFailure(failure) || !answers();
    }

    /** One trivial query in a transaction of its own. */
    public boolean answers() {
        try {
            QuarkusTransaction.requiringNew().call(() -> sql.number("select 1"));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A statement refused for what it held: a value the column cannot store (SQLState class 22,
     * data exception) or one a constraint forbids (class 23). Trying again changes nothing.
     */
    public static boolean isRefusedContent(Throwable failure) {
        return anySqlCause(failure, (state, message) -> state.startsWith("22") || state.startsWith("23"));
    }

    /**
     * A failure to get or keep a database connection (pool exhausted, server down, shutting down or
     * out of resources): worth retrying, never the caller's fault.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        return anySqlCause(failure, (state, message) -> state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || message.contains("acquisition timeout"));
    }

    /** Whether any SQL failure in the cause chain matches, by its SQLState and message (each "" when absent). */
    static boolean anySqlCause(Throwable failure, BiPredicate<String, String> matches) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && matches.test(Objects.requireNonNullElse(sql.getSQLState(), ""),
                    Objects.requireNonNullElse(sql.getMessage(), ""))) {
                return true;
            }
        }
        return false;
    }
}
