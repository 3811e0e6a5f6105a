package org.hatecrime.kit.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;

/**
 * The copies of events a service keeps in its own database: its outbox (until the relay's clean-up)
 * and the dead letters it parked. When the person a report is about is erased, the report's victim
 * key is blanked in both, so no kept copy can link the report to the person's later reports. Events
 * of a report are keyed by the report's id, in the outbox and on the topic alike.
 */
@ApplicationScoped
public class KeptEventCopies {

    private static final String BLANKED = "jsonb_set(%s::jsonb, '{payload,victimKey}', 'null'::jsonb)::text";
    private static final String HAS_KEY = "(%s::jsonb -> 'payload' ->> 'victimKey') is not null";

    private final Sql sql;

    KeptEventCopies(Sql sql) {
        this.sql = sql;
    }

    /** Blanks the victim key in every kept event of the report; the number of copies changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetVictimKeyOf(UUID reportId) {
        int outbox = sql.update("update outbox_event set envelope = " + BLANKED.formatted("envelope")
                + " where aggregate_id = ? and " + HAS_KEY.formatted("envelope"), reportId.toString());
        // a parked record that was never an event (event_id null) may not be JSON: it is left alone
        int deadLetters = sql.update("update dead_letter set record_value = " + BLANKED.formatted("record_value")
                + " where record_key = ? and event_id is not null and " + HAS_KEY.formatted("record_value"), reportId.toString());
        return outbox + deadLetters;
    }
}
