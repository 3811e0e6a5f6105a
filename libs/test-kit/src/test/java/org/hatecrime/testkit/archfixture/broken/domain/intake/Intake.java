package org.hatecrime.testkit.archfixture.broken.domain.intake;

import org.hatecrime.testkit.archfixture.broken.domain.consent.Consents;

public class Intake {
    public boolean mayRefer() {
        return new Consents().allowsReferral();
    }
}
