package org.hatecrime.cases.domain.casefile;

import java.time.OffsetDateTime;

/**
 * What happened to a case, as its moves return it; the messaging layer publishes each on
 * {@code hatecrime.cases.v1}, built from the case it carries (codes, dates and ids only).
 */
public sealed interface CaseEvent {

    Case theCase();

    record Opened(Case theCase) implements CaseEvent {
    }

    record Recorded(Case theCase, CaseMove move) implements CaseEvent {
    }

    /** Any move but recording, charging and closing, which have events of their own. */
    record StageChanged(Case theCase, CaseMove move) implements CaseEvent {
    }

    record Charged(Case theCase, CaseMove move) implements CaseEvent {
    }

    record Closed(Case theCase, CaseMove move) implements CaseEvent {
    }

    record VictimUpdateDue(Case theCase, VictimUpdate update) implements CaseEvent {
    }

    record ReviewRequested(Case theCase) implements CaseEvent {
    }

    /** The victim withdrew ({@code granted} false), or gave again, their consent to share the report with the police. */
    record SharingConsentChanged(Case theCase, boolean granted, OffsetDateTime at) implements CaseEvent {
    }
}
