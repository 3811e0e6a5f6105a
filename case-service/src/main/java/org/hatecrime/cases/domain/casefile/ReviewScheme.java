package org.hatecrime.cases.domain.casefile;

/** The Victims' Right to Review schemes: the police's for their no-further-action decisions, the CPS's for not charging. */
public enum ReviewScheme {
    POLICE,
    CPS;

    static ReviewScheme of(Party decidedBy) {
        return decidedBy == Party.CPS ? CPS : POLICE;
    }

    /** The key of the scheme in configuration. */
    public String configName() {
        return name().toLowerCase();
    }
}
