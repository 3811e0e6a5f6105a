package org.hatecrime.victimcare.domain.victimscode;

import java.time.OffsetDateTime;
import org.hatecrime.kit.time.WorkingDayCalendar;
import org.hatecrime.kit.time.WorkingDayDeadline;
import org.hatecrime.victimcare.config.VictimsCodeConfig;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralMove;
import org.hatecrime.victimcare.domain.referral.ReferralStatus;

/**
 * The Victims' Code clocks a referral runs, and the one place that says how each is read from the
 * referral: when it starts (the victim's consent), its target (shorter with enhanced rights), the
 * move that meets it, what stops it and what pauses it.
 *
 * <p>A clock is met by the first move of its kind in the referral's history. A referral that ends
 * (closed, declined, unable to contact, not eligible) before that move stops the clock: nothing
 * was left to do. Contact stopped by the victim's withdrawal pauses the contact clock: the service
 * must not contact them, so the target cannot be missed while it stands.
 */
public enum VictimsCodeClock {

    /** Code right 4: the referral passed to the provider (the move to {@code SENT}). */
    REFERRAL_PASSED_ON(VictimsCodeRight.RIGHT_4, ReferralStatus.SENT, false) {
        @Override
        int target(VictimsCodeConfig targets, boolean enhancedRights) {
            return enhancedRights ? targets.enhanced().referralPassedOnWithin() : targets.referralPassedOnWithin();
        }
    },

    /** Code right 4: the provider's first attempt to contact the victim (the first {@code CONTACT_ATTEMPTED}). */
    FIRST_CONTACT_ATTEMPT(VictimsCodeRight.RIGHT_4, ReferralStatus.CONTACT_ATTEMPTED, true) {
        @Override
        int target(VictimsCodeConfig targets, boolean enhancedRights) {
            return enhancedRights ? targets.enhanced().firstContactWithin() : targets.firstContactWithin();
        }
    };

    private final VictimsCodeRight right;
    private final ReferralStatus metBy;
    private final boolean pausedWhileContactStops;

    VictimsCodeClock(VictimsCodeRight right, ReferralStatus metBy, boolean pausedWhileContactStops) {
        this.right = right;
        this.metBy = metBy;
        this.pausedWhileContactStops = pausedWhileContactStops;
    }

    /** Working days from consent the referral has to meet this clock. */
    abstract int target(VictimsCodeConfig targets, boolean enhancedRights);

    public VictimsCodeRight right() {
        return right;
    }

    /** The move that meets the clock. */
    public ReferralStatus metBy() {
        return metBy;
    }

    /** This clock of {@code referral} as its history stands. */
    public ClockReading read(Referral referral, VictimsCodeConfig targets, WorkingDayCalendar calendar) {
        int days = target(targets, referral.enhancedRights());
        WorkingDayDeadline due = calendar.addWorkingDays(referral.consentedAt(), days);
        OffsetDateTime metAt = null;
        OffsetDateTime stoppedAt = null;
        for (ReferralMove move : referral.history()) {
            if (move.to() == metBy) {
                metAt = move.at();
                break;
            }
            if (!move.to().isOpen()) {
                stoppedAt = move.at();
                break;
            }
        }
        OffsetDateTime pausedSince = pausedWhileContactStops && metAt == null && referral.contactStopped() ? referral.contactStoppedAt() : null;
        return new ClockReading(referral.id(), this, referral.consentedAt(), days, due, metAt, stoppedAt, pausedSince);
    }
}
