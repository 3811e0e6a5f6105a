package org.hatecrime.victimcare.domain.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.protection.KeptEventCopies;
import org.hatecrime.kit.protection.RetiredVictimKeys;
import org.hatecrime.victimcare.domain.SubjectErased;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.Referrals;
import org.hatecrime.victimcare.domain.referral.VictimSubjects;

/**
 * Carries an erasure at intake into victim care. For every referral it reaches (made from or joined
 * by the erased report, or with one of the person's victim keys, self-referrals included) the
 * victim's keys here are erased, so their contact details, needs notes, support actions and comment
 * can never be read again, and their victim key is forgotten, so no later referral of the same
 * person is joined to it; when the person was erased their keys are also retired, so a later
 * self-referral from the same contact details gets new keys. The referral, its moves, codes, dates and levels stay: the Victims' Code
 * and the statistics still count it. Each referral erased is audited as the publishing service's
 * erasure, for the agency that works it.
 */
@ApplicationScoped
public class VictimErasure {

    static final String ACTION = "referral.erase-personal-data";
    static final String OBJECT_TYPE = "referral";

    private final Referrals referrals;
    private final VictimSubjects subjects;
    private final KeptEventCopies keptEvents;
    private final RetiredVictimKeys retiredKeys;
    private final AuditLog audit;

    VictimErasure(Referrals referrals, VictimSubjects subjects, KeptEventCopies keptEvents, RetiredVictimKeys retiredKeys,
            AuditLog audit) {
        this.referrals = referrals;
        this.subjects = subjects;
        this.keptEvents = keptEvents;
        this.retiredKeys = retiredKeys;
        this.audit = audit;
    }

    /**
     * Applies {@code subject.erased.v1}, published by {@code erasedBy}; runs inside the inbox's
     * transaction. A referral whose victim was erased already is left as it is, so an erasure that
     * reaches it through several reports, or an event applied again, changes nothing more.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseVictimsOf(SubjectErased erased, String erasedBy) {
        keptEvents.forgetVictimKeyOf(erased.reportId());
        if (erased.victimKeysRetired()) {
            retiredKeys.retire(erased.victimKeys(), erased.erasedAt());
        }
        for (Referral referral : referrals.reachedByErasure(erased.reportId(), erased.victimKeys())) {
            if (!referral.forgetVictim(erased.erasedAt())) {
                continue;
            }
            subjects.eraseAllOf(referral);
            // reached by a victim key, its own reports' kept events carry that key too
            referrals.reportsOf(referral).stream().filter(report -> !report.equals(erased.reportId())).forEach(keptEvents::forgetVictimKeyOf);
            audit.record(erasedBy, referral.agency(), new AuditEntry(ACTION, OBJECT_TYPE, referral.id().toString(),
                    "erasure " + erased.erasureId() + " at intake (report " + erased.reportId() + "): the victim's personal data erased"));
        }
    }
}
