package org.hatecrime.reporting.domain.intake;

import org.hatecrime.reporting.domain.codes.Channel;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.report.NewReport;

/**
 * Who is handing a report in: the agency it will belong to, the channel it came through, the
 * actor recorded in the audit log and on the consents, and how consent is taken.
 *
 * @param fixedConsentMethod the only method this source may record (the public reports online), or
 *                           null when staff say how the victim gave consent
 */
public record IntakeSource(String agency, Channel channel, String actor,
        ConsentMethod defaultConsentMethod, ConsentMethod fixedConsentMethod) {

    /** Staff record how consent was given, or it defaults. */
    public static IntakeSource staff(String agency, Channel channel, String actor,
            ConsentMethod defaultMethod) {
        return new IntakeSource(agency, channel, actor, defaultMethod, null);
    }

    ConsentMethod consentMethodFor(NewReport request) {
        if (fixedConsentMethod != null) {
            return fixedConsentMethod;
        }
        return request.consentMethod() != null ? request.consentMethod() : defaultConsentMethod;
    }
}
