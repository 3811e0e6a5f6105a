package org.hatecrime.cases.domain.casefile;

/** The key events of a case the victim must be told of (Victims' Code right 6). */
public enum VictimUpdateKind {
    ARREST_OR_INTERVIEW,
    BAIL,
    CHARGE,
    NO_FURTHER_ACTION,
    OUT_OF_COURT_DISPOSAL,
    HEARING,
    VERDICT,
    SENTENCE
}
