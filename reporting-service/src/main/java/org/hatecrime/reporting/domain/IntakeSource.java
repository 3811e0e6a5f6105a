package org.hatecrime.reporting.domain;

/**
 * Who is handing a report in: the agency it will belong to, the channel it came through, the
 * actor recorded in the audit log and on the consents, and how consent is taken by default.
 */
public record IntakeSource(String agency, Channel channel, String actor, ConsentMethod defaultConsentMethod) {
}
