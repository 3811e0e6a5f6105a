package org.hatecrime.victimcare.domain.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.SubjectKeys;

/**
 * The victim of a referral as a data subject: the key their personal data in victim care (needs
 * notes, support actions, satisfaction comments) is sealed with. Made on first use; erasing the
 * subject's key erases all of it.
 */
@ApplicationScoped
public class VictimSubjects {

    private final Sql sql;
    private final SubjectKeys keys;
    private final Clock clock;

    VictimSubjects(Sql sql, SubjectKeys keys, Clock clock) {
        this.sql = sql;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * The victim's subject id, made now if the referral has none yet. Call with the referral locked
     * ({@link ReferralAccess#forChange}), so two first uses never make two subjects.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID of(Referral referral) {
        return find(referral.id()).orElseGet(() -> {
            UUID subject = keys.create().id();
            sql.update("insert into referral_victim_subject (referral_id, subject_id, created_at) values (?, ?, ?)", referral.id(), subject,
                    OffsetDateTime.now(clock));
            return subject;
        });
    }

    /**
     * Erases every key the referral's victim has in victim care: the subject of the referral (made
     * now if it had none, so that nothing can be sealed for them on this referral afterwards) and any
     * other subject their contact details, needs notes or support were sealed with. Call with the
     * referral locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseAllOf(Referral referral) {
        of(referral);
        List<UUID> subjects = sql.list("""
                select subject_id from referral_victim_subject where referral_id = ?
                union select subject_id from victim_contact where referral_id = ?
                union select subject_id from needs_assessment where referral_id = ?
                union select subject_id from support where referral_id = ?""", row -> row.getObject(1, UUID.class),
                referral.id(), referral.id(), referral.id(), referral.id());
        subjects.forEach(keys::erase);
    }

    public Optional<UUID> find(UUID referralId) {
        return sql.first("select subject_id from referral_victim_subject where referral_id = ?", row -> row.getObject(1, UUID.class),
                referralId);
    }
}
