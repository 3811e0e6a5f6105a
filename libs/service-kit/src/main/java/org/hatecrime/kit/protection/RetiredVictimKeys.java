package org.hatecrime.kit.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hatecrime.kit.db.Sql;

/**
 * Victim keys retired when the person they stood for was erased. The old keys stay in events
 * already on Kafka (a topic cannot be edited), so a person who reports again after erasure must
 * not get them back: each of their identifiers moves on to the next generation that is not
 * retired, and the new key shares nothing with the old one. Only a keyed hash of each retired key
 * is kept, so the table holds no victim key and links nothing by itself.
 */
@ApplicationScoped
public class RetiredVictimKeys {

    private final VictimKeys victimKeys;
    private final Sql sql;

    RetiredVictimKeys(VictimKeys victimKeys, Sql sql) {
        this.victimKeys = victimKeys;
        this.sql = sql;
    }

    /** The keys to use for these contact details now: one per identifier, none retired. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> current(String email, String phone) {
        List<String> identifiers = VictimKeys.identifiers(email, phone);
        List<String> firstKeys = identifiers.stream().map(identifier -> victimKeys.key(identifier, 0)).toList();
        Set<String> retiredFirstKeys = retired(firstKeys);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < identifiers.size(); i++) {
            String key = firstKeys.get(i);
            Set<String> retired = retiredFirstKeys;
            for (int generation = 1; retired.contains(victimKeys.retirementToken(key)); generation++) {
                key = victimKeys.key(identifiers.get(i), generation);
                retired = retired(List.of(key));
            }
            keys.add(key);
        }
        return keys;
    }

    /** Retires the keys of an erased person for good; retiring a key twice changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retire(Collection<String> keys, OffsetDateTime at) {
        for (String key : keys) {
            sql.update("insert into retired_victim_key (token, retired_at) values (?, ?) on conflict do nothing",
                    victimKeys.retirementToken(key), at);
        }
    }

    private Set<String> retired(List<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        String[] tokens = keys.stream().map(victimKeys::retirementToken).toArray(String[]::new);
        return new HashSet<>(sql.list("select token from retired_victim_key where token = any(?)", row -> row.getString(1),
                (Object) tokens));
    }
}
