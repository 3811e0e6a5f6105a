package org.hatecrime.testkit.archfixture.broken.domain.consent;

import org.hatecrime.testkit.archfixture.broken.domain.intake.Intake;

/** Needs intake while intake needs it: two capabilities in a cycle. */
public class Consents {
    public boolean allowsReferral() {
        return true;
    }

    public boolean intakeMayRefer() {
        return new Intake().mayRefer();
    }
}
