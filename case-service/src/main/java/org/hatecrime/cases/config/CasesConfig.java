package org.hatecrime.cases.config;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * The forces and prosecutors this service serves, the Home Office outcome codes a case may close
 * with, and the Victims' Code timescales it is held to. All in configuration
 * ({@code application.properties} says why each value is what it is), so a second force joins,
 * and a new outcome code is added, without a release.
 */
@ConfigMapping(prefix = "hatecrime.cases")
public interface CasesConfig {

    /** Each police force by its agency code (the token's {@code agency}), e.g. {@code herts-police}. */
    Map<String, Force> forces();

    /** Home Office outcome codes, e.g. {@code 1} = charged or summonsed; valid only when a case closes. */
    Map<String, String> outcomeCodes();

    /** Updates owed to the victim after each key event. */
    VictimUpdates victimUpdates();

    /** Victims' Right to Review schemes, keyed by scheme: how long the victim has to ask. */
    Map<String, ReviewScheme> rightToReview();

    interface Force {
        /** The force's name, for people. */
        String name();

        /** The agency code of the CPS area that prosecutes the force's cases, e.g. {@code cps-thames-chiltern}. */
        String cpsArea();
    }

    interface VictimUpdates {
        /** Working days (England and Wales) within which the victim is told of a key event. */
        int within();

        /** The same for victims with enhanced rights (vulnerable, intimidated, persistently targeted). */
        int enhancedWithin();

        /** How often overdue updates are looked for, e.g. {@code 1m}; {@code off} never (tests call the scan). */
        String scanInterval();
    }

    interface ReviewScheme {
        /** Working days after the decision within which the victim may ask for a review. */
        int requestWithin();
    }
}
