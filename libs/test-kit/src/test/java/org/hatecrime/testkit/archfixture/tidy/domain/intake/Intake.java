package org.hatecrime.testkit.archfixture.tidy.domain.intake;

import org.hatecrime.testkit.archfixture.tidy.domain.consent.Consents;

public class Intake {
    public String provider(String named) {
        return new Consents().allowsReferral() ? named : "none";
    }
}
