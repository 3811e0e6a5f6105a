package org.hatecrime.victimcare.domain.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralSource;
import org.hatecrime.victimcare.domain.referral.ReferralStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a valid needs assessment is, and what it does to its referral; no database. */
class NeedsAssessmentTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T14:00:00Z");
    static final UUID SUBJECT = UUID.randomUUID();

    final Map<UUID, Map<NeedDomain, String>> sealed = new HashMap<>();
    final NeedsAssessment.Sealer sealer = (id, notes) -> {
        sealed.put(id, Map.copyOf(notes));
        return "sealed".getBytes(StandardCharsets.UTF_8);
    };

    static Referral referral(ReferralStatus... path) {
        Referral referral = Referral.request(new Referral.Request(ReferralSource.DIRECT, "beacon", "beacon", null, null, "STEVENAGE",
                List.of("RACE"), NOW.minusDays(2), NOW.minusDays(1), null), "platform", NOW).referral();
        referral.send("platform", NOW);
        for (ReferralStatus step : path) {
            referral.change(step, "SOME_REASON", "beacon-worker", NOW);
        }
        return referral;
    }

    static List<NeedsAssessment.Need> everyArea() {
        return Arrays.stream(NeedDomain.values())
                .map(d -> new NeedsAssessment.Need(d, d == NeedDomain.SAFETY ? NeedLevel.HIGH : NeedLevel.LOW, null)).toList();
    }

    static List<NeedsAssessment.Need> with(NeedsAssessment.Need replacing) {
        List<NeedsAssessment.Need> needs = new ArrayList<>(everyArea());
        needs.replaceAll(n -> n.domain() == replacing.domain() ? replacing : n);
        return needs;
    }

    NeedsAssessed assess(Referral referral, List<NeedsAssessment.Need> needs, boolean enhanced, EnhancedRightsReason reason) {
        return NeedsAssessment.assess(referral, SUBJECT, new NeedsAssessment.Findings(needs, enhanced, reason), sealer, null,
                "beacon-worker", NOW);
    }

    @Test
    void anAssessmentOfEveryAreaRecordsTheRiskAndTheEnhancedRightsOnTheReferral() {
        Referral referral = referral();

        NeedsAssessment a = assess(referral, everyArea(), true, EnhancedRightsReason.PERSISTENTLY_TARGETED).assessment();

        assertThat(a.riskLevel()).isEqualTo(NeedLevel.HIGH);
        assertThat(a.levels()).hasSize(9).containsEntry(NeedDomain.ONLINE_SAFETY, NeedLevel.LOW);
        assertThat(referral.enhancedRights()).isTrue();
        assertThat(referral.enhancedRightsReason()).isEqualTo("PERSISTENTLY_TARGETED");
        assertThat(a.sealedNotes()).as("nothing to seal without notes").isNull();
    }

    @Test
    void aReassessmentWithoutEnhancedRightsClearsThemOnTheReferral() {
        Referral referral = referral();
        assess(referral, everyArea(), true, EnhancedRightsReason.VULNERABLE);

        assess(referral, everyArea(), false, null);

        assertThat(referral.enhancedRights()).isFalse();
        assertThat(referral.enhancedRightsReason()).isNull();
    }

    @Test
    void notesAreHandedOnlyToTheSealerBoundToTheAssessment() {
        NeedsAssessment a = assess(referral(), with(new NeedsAssessment.Need(NeedDomain.HOUSING, NeedLevel.HIGH, "  neighbours  ")), false,
                null).assessment();

        assertThat(sealed).containsOnlyKeys(a.id());
        assertThat(sealed.get(a.id())).containsExactly(Map.entry(NeedDomain.HOUSING, "neighbours"));
        assertThat(a.sealedNotes()).isNotNull();
    }

    @Test
    void everyAreaMustBeAssessed() {
        List<NeedsAssessment.Need> eight = everyArea().subList(0, 8);

        assertThatThrownBy(() -> assess(referral(), eight, false, null))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("needs"))
                .hasMessageContaining("ONLINE_SAFETY");
    }

    @Test
    void anAreaAssessedTwiceIsRefused() {
        List<NeedsAssessment.Need> needs = new ArrayList<>(everyArea());
        needs.set(8, new NeedsAssessment.Need(NeedDomain.EMOTIONAL, NeedLevel.LOW, null));

        assertThatThrownBy(() -> assess(referral(), needs, false, null))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("needs[8].domain"));
    }

    @Test
    void safetyTakesRiskLevelsAndTheOtherAreasNeedLevels() {
        int safety = NeedDomain.SAFETY.ordinal();
        assertThatThrownBy(() -> assess(referral(), with(new NeedsAssessment.Need(NeedDomain.SAFETY, NeedLevel.LOW, null)), false, null))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("needs[" + safety + "].level"));
        assertThatThrownBy(() -> assess(referral(), with(new NeedsAssessment.Need(NeedDomain.SAFETY, NeedLevel.NONE, null)), false, null))
                .isInstanceOf(DomainException.InvalidValue.class);
        assertThatThrownBy(() -> assess(referral(), with(new NeedsAssessment.Need(NeedDomain.HEALTH, NeedLevel.STANDARD, null)), false, null))
                .isInstanceOf(DomainException.InvalidValue.class);
        for (NeedLevel risk : List.of(NeedLevel.STANDARD, NeedLevel.MEDIUM, NeedLevel.HIGH)) {
            assertThat(assess(referral(), with(new NeedsAssessment.Need(NeedDomain.SAFETY, risk, null)), false, null).assessment().riskLevel())
                    .isEqualTo(risk);
        }
    }

    @Test
    void enhancedRightsNeedTheirReasonAndAReasonNeedsEnhancedRights() {
        assertThatThrownBy(() -> assess(referral(), everyArea(), true, null))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("enhancedRightsReason"));
        assertThatThrownBy(() -> assess(referral(), everyArea(), false, EnhancedRightsReason.INTIMIDATED))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("enhancedRightsReason"));
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"DECLINED_BY_VICTIM", "UNABLE_TO_CONTACT", "CLOSED"})
    void aReferralNoLongerWorkedIsNotAssessed(ReferralStatus ended) {
        Referral referral = ended == ReferralStatus.CLOSED ? referral(ReferralStatus.CLOSED)
                : referral(ReferralStatus.ACKNOWLEDGED, ReferralStatus.CONTACT_ATTEMPTED, ended);

        assertThatThrownBy(() -> assess(referral, everyArea(), false, null)).isInstanceOf(DomainException.RuleBroken.class);
        assertThat(referral.enhancedRights()).isFalse();
    }

    @Test
    void aRepeatedRequestIsRecognisedOnlyWhenItAsksForTheSame() {
        List<NeedsAssessment.Need> needs = with(new NeedsAssessment.Need(NeedDomain.HOUSING, NeedLevel.HIGH, "neighbours"));
        NeedsAssessment a = assess(referral(), needs, false, null).assessment();
        Map<NeedDomain, String> opened = Map.of(NeedDomain.HOUSING, "neighbours");

        assertThat(a.holds(new NeedsAssessment.Findings(needs, false, null), opened)).isTrue();
        assertThat(a.holds(new NeedsAssessment.Findings(needs, true, EnhancedRightsReason.VULNERABLE), opened)).isFalse();
        assertThat(a.holds(new NeedsAssessment.Findings(everyArea(), false, null), opened)).isFalse();
    }
}
