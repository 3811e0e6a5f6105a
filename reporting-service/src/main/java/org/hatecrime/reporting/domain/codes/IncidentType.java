package org.hatecrime.reporting.domain.codes;

/** What happened; a report may name several. */
public enum IncidentType {
    VERBAL_ABUSE,
    THREATS_OR_INTIMIDATION,
    PHYSICAL_ASSAULT,
    DAMAGE_OR_GRAFFITI,
    ONLINE_ABUSE,
    HOAX_OR_ABUSIVE_CALLS_AND_MESSAGES,
    MALICIOUS_COMPLAINTS,
    HATEFUL_LITERATURE,
    OTHER
}
