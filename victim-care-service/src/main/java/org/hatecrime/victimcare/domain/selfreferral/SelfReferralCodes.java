package org.hatecrime.victimcare.domain.selfreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.publicaccess.AccessCodes;

/**
 * References and follow-up codes of self-referrals, the codes kept by the service kit's
 * {@link AccessCodes}: shown once, stored only as a keyed hash, and guarded by a wait per reference
 * that grows with each wrong code (whether or not the reference exists) but never shuts the person out.
 */
@ApplicationScoped
public class SelfReferralCodes {

    /** The kind of code, so a self-referral's waits never mix with another kind's. */
    static final String PURPOSE = "self-referral";

    private final Sql sql;
    private final AccessCodes codes;

    SelfReferralCodes(Sql sql, AccessCodes codes) {
        this.sql = sql;
        this.codes = codes;
    }

    /** A self-referral's reference, and its follow-up code for showing once. */
    record Issued(String reference, String code) {
    }

    /** Records a new self-referral of the referral, with a new reference and code. */
    @Transactional(Transactional.TxType.MANDATORY)
    Issued issue(UUID referralId, OffsetDateTime at) {
        String reference;
        do {
            reference = "SR-" + codes.random(4) + "-" + codes.random(4);
        } while (sql.number("select count(*) from self_referral where reference = ?", reference) > 0);
        String code = codes.newCode();
        sql.update("insert into self_referral (reference, referral_id, follow_up_code_hash, submitted_at) values (?, ?, ?, ?)",
                reference, referralId, codes.hash(reference, code), at);
        return new Issued(reference, code);
    }

    /** The referral of a reference and code; a wrong code and an unknown reference look the same. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
    UUID verify(String reference, String code) {
        record Row(UUID referralId, String hash) {
        }
        Optional<Row> row = sql.first("select referral_id, follow_up_code_hash from self_referral where reference = ?",
                r -> new Row(r.getObject(1, UUID.class), r.getString(2)), reference);
        AccessCodes.Verified verified = codes.verify(PURPOSE, reference, code, row.map(Row::hash), "self-referral");
        verified.rehashed().ifPresent(keyed -> sql.update("update self_referral set follow_up_code_hash = ? where reference = ?", keyed, reference));
        return row.orElseThrow().referralId();
    }
}
