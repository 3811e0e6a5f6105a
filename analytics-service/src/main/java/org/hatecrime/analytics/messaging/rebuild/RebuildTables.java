package org.hatecrime.analytics.messaging.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.kit.db.Sql;

/**
 * The fresh read-model tables a rebuild writes (schema {@code rebuild}, shaped like the live ones,
 * with an inbox of their own) and the switch-over that copies them over the live tables.
 *
 * <p>The projections' SQL names its tables without a schema, so pointing a transaction's
 * {@code search_path} at {@code rebuild} alone sends the very same statements, and the inbox's, to
 * the fresh tables. The live tables a projection may also touch on purpose (kept copies of events,
 * which an erasure blanks, whoever applies it) are views there onto the live ones; a projection that
 * touched any other table would fail there instead of changing a live table.
 */
@ApplicationScoped
public class RebuildTables {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final String INBOX = "inbox_event";

    private final Sql sql;
    private final List<String> tables;
    private final List<String> liveTables;

    RebuildTables(Sql sql, AnalyticsConfig config) {
        this.sql = sql;
        this.tables = List.copyOf(config.rebuild().tables());
        this.liveTables = List.copyOf(config.rebuild().liveTables());
        for (String table : tables) {
            if (!TABLE_NAME.matcher(table).matches() || INBOX.equals(table) || liveTables.contains(table)) {
                throw new IllegalArgumentException("hatecrime.analytics.rebuild.tables: " + table + " is not a read-model table");
            }
        }
    }

    /**
     * Empty copies of the read-model tables and the inbox, shaped as the live ones are now, and
     * beside them the live tables a projection may also touch, reached as they are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void prepare() {
        sql.list("select read_model_rebuild_prepare(?, ?)", row -> Boolean.TRUE, tables.toArray(String[]::new),
                liveTables.toArray(String[]::new));
    }

    /** Sends the rest of this transaction's unqualified statements to the fresh tables. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void useFreshTables() {
        sql.update("set local search_path to rebuild");
    }

    /**
     * Locks the live read models and the inbox against every writer until this transaction ends;
     * plain reads go on. The inbox first, as every consumer's transaction writes it first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockLiveTables(Duration wait) {
        sql.update("set local lock_timeout = " + wait.toMillis());
        sql.update("lock table public." + INBOX + " in exclusive mode");
        for (String table : tables) {
            sql.update("lock table public." + table + " in exclusive mode");
        }
    }

    /** Events the live consumer applied that the rebuild did not, counted by type. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> appliedOnlyLive(String consumer) {
        Map<String, Long> missing = new LinkedHashMap<>();
        sql.list("""
                select live.event_type, count(*) from public.inbox_event live
                 where live.consumer = ?
                   and not exists (select 1 from rebuild.inbox_event fresh where fresh.consumer = live.consumer and fresh.event_id = live.event_id)
                 group by live.event_type order by live.event_type""", row -> missing.put(row.getString(1), row.getLong(2)), consumer);
        return missing;
    }

    /**
     * Replaces each live read model's rows with the rebuilt ones, and adds to the live inbox every
     * event the rebuild applied, so that the live consumer skips them when it reads them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void copyOverLive() {
        for (String table : tables) {
            sql.update("delete from public." + table);
            sql.update("insert into public." + table + " select * from rebuild." + table);
        }
        sql.update("insert into public." + INBOX + " select * from rebuild." + INBOX + " on conflict do nothing");
    }

    /** Empties the fresh tables once they are copied over or given up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void empty() {
        sql.update("truncate " + String.join(", ", tables.stream().map(t -> "rebuild." + t).toList()) + ", rebuild." + INBOX);
    }

    List<String> tables() {
        return tables;
    }
}
