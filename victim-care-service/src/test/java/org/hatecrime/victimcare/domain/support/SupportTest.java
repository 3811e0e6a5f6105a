package org.hatecrime.victimcare.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralSource;
import org.hatecrime.victimcare.domain.referral.ReferralStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of a victim's support, from plan to closure; no database. */
class SupportTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-26T10:00:00Z");
    static final List<Integer> LOW = List.of(2, 3, 2, 3, 2, 3, 3);      // raw 18, metric 17.43
    static final List<Integer> BETTER = List.of(3, 3, 4, 3, 3, 3, 3);   // raw 22, metric 19.98

    final List<String> sealedFor = new ArrayList<>();
    final Support.Sealer sealer = (recordId, data) -> {
        sealedFor.add(recordId);
        return "sealed".getBytes(StandardCharsets.UTF_8);
    };

    static Referral referralThatIs(ReferralStatus status) {
        Referral referral = Referral.request(new Referral.Request(ReferralSource.DIRECT, "beacon", "beacon", null, null, null, List.of(),
                null, NOW.minusDays(3), null), "platform", NOW).referral();
        referral.send("platform", NOW);
        List<ReferralStatus> path = switch (status) {
            case SENT -> List.of();
            case ACKNOWLEDGED -> List.of(ReferralStatus.ACKNOWLEDGED);
            case CONTACT_ATTEMPTED -> List.of(ReferralStatus.ACKNOWLEDGED, ReferralStatus.CONTACT_ATTEMPTED);
            case CLOSED -> List.of(ReferralStatus.CLOSED);
            default -> List.of(ReferralStatus.ACKNOWLEDGED, ReferralStatus.CONTACT_ATTEMPTED, status);
        };
        path.forEach(step -> referral.change(step, "SOME_REASON", "beacon-worker", NOW));
        return referral;
    }

    static Support supportOf(Referral referral) {
        return Support.begin(referral, UUID.randomUUID(), NOW);
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void supportIsPlannedOnlyForAnAcceptedReferral(ReferralStatus status) {
        if (status == ReferralStatus.REQUESTED) {
            return; // a referral here is sent at once; REQUESTED is covered by SENT
        }
        Referral referral = referralThatIs(status);

        assertThatThrownBy(() -> supportOf(referral)).isInstanceOf(DomainException.RuleBroken.class).hasMessageContaining(status.name());
    }

    @Test
    void aPlanHasACaseManagerAndActionsThatChangeStatus() {
        Referral referral = referralThatIs(ReferralStatus.ACCEPTED);
        Support support = supportOf(referral);

        support.assignCaseManager(referral, "beacon-worker", NOW);
        SupportAction action = support.addAction(referral, "call the housing officer", "beacon-worker", LocalDate.of(2026, 12, 4), sealer, NOW);
        support.changeAction(referral, action.id(), "call the housing officer", "victim", LocalDate.of(2026, 12, 5), ActionStatus.DONE, sealer,
                NOW);

        assertThat(support.caseManager()).isEqualTo("beacon-worker");
        assertThat(support.actions()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ActionStatus.DONE);
            assertThat(a.owner()).isEqualTo("victim");
        });
        assertThat(sealedFor).containsExactly(action.id().toString(), action.id().toString());
        assertThatThrownBy(() -> support.changeAction(referral, UUID.randomUUID(), "x", "victim", LocalDate.of(2026, 12, 5), ActionStatus.DONE,
                sealer, NOW)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void theCaseManagerIsAUsernameNeverBlank() {
        Referral referral = referralThatIs(ReferralStatus.ACCEPTED);
        Support support = supportOf(referral);

        for (String bad : new String[] {null, "", "  ", "Beacon Worker", "x", "a;drop"}) {
            assertThatThrownBy(() -> support.assignCaseManager(referral, bad, NOW))
                    .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("caseManager"));
        }
    }

    @Test
    void closingRecordsWellbeingAndSatisfactionAndTheChange() {
        Referral referral = referralThatIs(ReferralStatus.ACCEPTED);
        Support support = supportOf(referral);
        support.recordStartingWellbeing(referral, LOW, NOW);

        SupportClosed closed = support.close(referral, BETTER, 4, "kind", sealer, "beacon-worker", NOW.plusDays(60));

        assertThat(closed.support()).isSameAs(support);
        assertThat(support.startingWellbeing().orElseThrow().metric()).isEqualTo(new BigDecimal("17.43"));
        assertThat(support.closingWellbeing().orElseThrow().metric()).isEqualTo(new BigDecimal("19.98"));
        assertThat(support.closingWellbeing().orElseThrow().raw()).isEqualTo(22);
        assertThat(support.wellbeingChange()).contains(new BigDecimal("2.55"));
        assertThat(support.satisfaction()).isEqualTo(4);
        assertThat(sealedFor).containsExactly(support.referralId().toString());
        assertThat(support.closedWith(BETTER, 4, " kind ", "kind")).isTrue();
        assertThat(support.closedWith(BETTER, 5, "kind", "kind")).isFalse();
    }

    @Test
    void closingNeedsTheWellbeingAtTheStart() {
        Referral referral = referralThatIs(ReferralStatus.ACCEPTED);
        Support support = supportOf(referral);

        assertThatThrownBy(() -> support.close(referral, BETTER, 4, null, sealer, "beacon-worker", NOW))
                .isInstanceOf(DomainException.RuleBroken.class);
    }

    @Test
    void satisfactionIsFrom1To5() {
        Referral referral = referralThatIs(ReferralStatus.ACCEPTED);
        Support support = supportOf(referral);
        support.recordStartingWellbeing(referral, LOW, NOW);

        for (int bad : new int[] {0, 6}) {
            assertThatThrownBy(() -> support.close(referral, BETTER, bad, null, sealer, "beacon-worker", NOW))
                    .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("satisfaction.score"));
        }
    }

    @Test
    void nothingChangesOnceSupportIsClosed() {
        Referral referral = referralThatIs(ReferralStatus.ACCEPTED);
        Support support = supportOf(referral);
        support.recordStartingWellbeing(referral, LOW, NOW);
        support.close(referral, BETTER, 4, null, sealer, "beacon-worker", NOW);

        assertThatThrownBy(() -> support.assignCaseManager(referral, "beacon-worker", NOW)).isInstanceOf(DomainException.RuleBroken.class);
        assertThatThrownBy(() -> support.recordStartingWellbeing(referral, LOW, NOW)).isInstanceOf(DomainException.RuleBroken.class);
        assertThatThrownBy(() -> support.addAction(referral, "x", "victim", LocalDate.of(2026, 12, 4), sealer, NOW))
                .isInstanceOf(DomainException.RuleBroken.class);
        assertThatThrownBy(() -> support.close(referral, BETTER, 4, null, sealer, "beacon-worker", NOW))
                .isInstanceOf(DomainException.RuleBroken.class);
    }

    @Test
    void aReferralClosedMeanwhileStopsChangesToItsSupport() {
        Referral referral = referralThatIs(ReferralStatus.ACCEPTED);
        Support support = supportOf(referral);
        referral.change(ReferralStatus.CLOSED, "SUPPORT_COMPLETED", "beacon-worker", NOW);

        assertThatThrownBy(() -> support.assignCaseManager(referral, "beacon-worker", NOW)).isInstanceOf(DomainException.RuleBroken.class);
        assertThat(EnumSet.of(ReferralStatus.CLOSED)).contains(referral.status());
    }
}
