package org.hatecrime.victimcare.domain.needs;

import org.hatecrime.victimcare.domain.referral.Referral;

/** A victim's needs were assessed: published without the notes, built from the assessment and its referral. */
public record NeedsAssessed(NeedsAssessment assessment, Referral referral) {
}
