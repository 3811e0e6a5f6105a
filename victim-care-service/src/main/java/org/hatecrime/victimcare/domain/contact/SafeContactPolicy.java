package org.hatecrime.victimcare.domain.contact;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.hatecrime.kit.domain.DomainException;

/**
 * The victim's safe-contact preferences as rules for one contact: a route they marked unsafe is
 * never used, and a contact outside their safe times needs an override reason code. A preference
 * the victim did not state limits nothing, except voicemail, which is used only where they allowed
 * it: a message left on a shared phone can be heard by anyone.
 */
public final class SafeContactPolicy {

    private final ContactDetails.SafeContact preferences;
    private final SafeTimes safeTimes;
    private final ZoneId zone;

    private SafeContactPolicy(ContactDetails.SafeContact preferences, ZoneId zone) {
        this.preferences = preferences;
        this.safeTimes = SafeTimes.parse(preferences.safeTimes());
        this.zone = zone;
    }

    /** The rules of these preferences; safe times are read in the service's time zone (Europe/London). */
    public static SafeContactPolicy of(ContactDetails details, ZoneId zone) {
        return new SafeContactPolicy(details == null ? ContactDetails.SafeContact.NONE : details.safeContactOrNone(), zone);
    }

    /** Refuses the contact, naming why, unless the victim's preferences allow it. */
    void check(ContactChannel channel, OffsetDateTime at, String overrideReasonCode) {
        boolean callsUnsafe = Boolean.FALSE.equals(preferences.safeToCall());
        if (channel == ContactChannel.PHONE && callsUnsafe) {
            throw new DomainException.RuleBroken("Do not phone: the victim said calls are not safe");
        }
        if (channel == ContactChannel.VOICEMAIL && callsUnsafe) {
            throw new DomainException.RuleBroken("Do not leave a voicemail: the victim said calls are not safe");
        }
        if (channel == ContactChannel.VOICEMAIL && !Boolean.TRUE.equals(preferences.voicemailAllowed())) {
            throw new DomainException.RuleBroken("Do not leave a voicemail: the victim did not allow voicemail");
        }
        if (!channel.keepsToSafeTimes() || (overrideReasonCode != null && !overrideReasonCode.isBlank())) {
            return;
        }
        if (!safeTimes.understood()) {
            throw new DomainException.RuleBroken("The victim's safe times are not in a form this service can check, so every "
                    + "contact needs an overrideReasonCode: read them in the contact details and record why this time was safe");
        }
        if (!safeTimes.allow(at.atZoneSameInstant(zone).toLocalDateTime())) {
            throw new DomainException.RuleBroken("Outside the victim's safe times: see the contact details, or record an "
                    + "overrideReasonCode saying why the contact could not wait");
        }
    }
}
