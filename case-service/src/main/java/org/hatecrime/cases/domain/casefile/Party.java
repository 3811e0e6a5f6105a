package org.hatecrime.cases.domain.casefile;

/** Who works a case: the police force it was shared with, or the CPS area that prosecutes for that force. */
public enum Party {
    POLICE,
    CPS
}
