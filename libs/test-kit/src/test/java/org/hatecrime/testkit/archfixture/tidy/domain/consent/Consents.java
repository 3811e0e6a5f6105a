package org.hatecrime.testkit.archfixture.tidy.domain.consent;

public class Consents {
    public boolean allowsReferral() {
        return true;
    }
}
