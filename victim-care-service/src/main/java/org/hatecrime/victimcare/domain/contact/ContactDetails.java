package org.hatecrime.victimcare.domain.contact;

/**
 * How to reach the victim of a referral, and how to do it without putting them at risk. Personal
 * data: it is kept only sealed with the victim's own subject key, and never goes into an event, a
 * log line or a plain column.
 */
public record ContactDetails(Contact contact, SafeContact safeContact) {

    public record Contact(String name, String email, String phone, String address, String postcode) {
    }

    /** The victim's safe-contact preferences; {@code safeTimes} is their own words, e.g. "weekdays after 6pm". */
    public record SafeContact(Boolean safeToCall, String safeTimes, Boolean voicemailAllowed, String language,
            Boolean interpreterNeeded, String accessibilityNeeds, String notes) {

        static final SafeContact NONE = new SafeContact(null, null, null, null, null, null, null);
    }

    public SafeContact safeContactOrNone() {
        return safeContact == null ? SafeContact.NONE : safeContact;
    }
}
