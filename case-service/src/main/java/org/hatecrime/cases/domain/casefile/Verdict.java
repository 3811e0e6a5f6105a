package org.hatecrime.cases.domain.casefile;

/** The court's verdict. */
public enum Verdict {
    GUILTY,
    PARTLY_GUILTY,
    NOT_GUILTY;

    public boolean leadsToSentence() {
        return this != NOT_GUILTY;
    }
}
