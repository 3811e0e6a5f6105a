package org.hatecrime.victimcare.domain.contact;

/**
 * Intake could not be asked for a referral packet just now (unreachable, too slow, or its token
 * endpoint is). Nothing was stored; the caller may try again shortly.
 */
public class IntakeUnavailable extends RuntimeException {

    public IntakeUnavailable(String message) {
        super(message);
    }
}
