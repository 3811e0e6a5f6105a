package org.hatecrime.victimcare.domain.contact;

/** How a case worker contacted, or tried to contact, the victim. */
public enum ContactChannel {
    PHONE,
    VOICEMAIL,
    SMS,
    EMAIL,
    LETTER,
    IN_PERSON;

    /** A letter's arrival time is nobody's choice, so the victim's safe times do not apply to it. */
    boolean keepsToSafeTimes() {
        return this != LETTER;
    }
}
