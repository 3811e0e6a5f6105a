package org.hatecrime.victimcare.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hatecrime.kit.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move of a referral from every status, legal or refused, against the agreed lifecycle. */
class ReferralTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    /** The lifecycle as agreed with the victim services, written out independently of the code. */
    static final Map<ReferralStatus, Set<ReferralStatus>> AGREED = Map.of(
            ReferralStatus.REQUESTED, EnumSet.of(ReferralStatus.SENT, ReferralStatus.CLOSED),
            ReferralStatus.SENT, EnumSet.of(ReferralStatus.ACKNOWLEDGED, ReferralStatus.CLOSED),
            ReferralStatus.ACKNOWLEDGED, EnumSet.of(ReferralStatus.CONTACT_ATTEMPTED, ReferralStatus.NOT_ELIGIBLE, ReferralStatus.CLOSED),
            ReferralStatus.CONTACT_ATTEMPTED, EnumSet.of(ReferralStatus.CONTACT_ATTEMPTED, ReferralStatus.ACCEPTED,
                    ReferralStatus.DECLINED_BY_VICTIM, ReferralStatus.UNABLE_TO_CONTACT, ReferralStatus.NOT_ELIGIBLE),
            ReferralStatus.ACCEPTED, EnumSet.of(ReferralStatus.CLOSED),
            ReferralStatus.DECLINED_BY_VICTIM, EnumSet.of(ReferralStatus.CLOSED),
            ReferralStatus.UNABLE_TO_CONTACT, EnumSet.of(ReferralStatus.CLOSED),
            ReferralStatus.NOT_ELIGIBLE, EnumSet.of(ReferralStatus.CLOSED),
            ReferralStatus.CLOSED, EnumSet.noneOf(ReferralStatus.class));

    /** The shortest way to each status, through the referral's own moves. */
    static final Map<ReferralStatus, List<ReferralStatus>> PATH = Map.of(
            ReferralStatus.REQUESTED, List.of(),
            ReferralStatus.SENT, List.of(ReferralStatus.SENT),
            ReferralStatus.ACKNOWLEDGED, List.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED),
            ReferralStatus.CONTACT_ATTEMPTED, List.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.CONTACT_ATTEMPTED),
            ReferralStatus.ACCEPTED, List.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.CONTACT_ATTEMPTED,
                    ReferralStatus.ACCEPTED),
            ReferralStatus.DECLINED_BY_VICTIM, List.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.CONTACT_ATTEMPTED,
                    ReferralStatus.DECLINED_BY_VICTIM),
            ReferralStatus.UNABLE_TO_CONTACT, List.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.CONTACT_ATTEMPTED,
                    ReferralStatus.UNABLE_TO_CONTACT),
            ReferralStatus.NOT_ELIGIBLE, List.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED, ReferralStatus.NOT_ELIGIBLE),
            ReferralStatus.CLOSED, List.of(ReferralStatus.CLOSED));

    static Referral referralThatIs(ReferralStatus status) {
        Referral referral = Referral.request(new Referral.Request(ReferralSource.REPORT, "beacon", "beacon", null, null, "STEVENAGE",
                List.of("RACE"), NOW.minusDays(2), NOW.minusDays(1), null), "platform", NOW).referral();
        for (ReferralStatus step : PATH.get(status)) {
            if (step == ReferralStatus.SENT) {
                referral.send("platform", NOW);
            } else {
                referral.change(step, "SOME_REASON", "beacon-worker", NOW);
            }
        }
        assertThat(referral.status()).isEqualTo(status);
        return referral;
    }

    static List<Arguments> everyMove() {
        List<Arguments> moves = new ArrayList<>();
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                if (to != ReferralStatus.REQUESTED && to != ReferralStatus.SENT) {
                    moves.add(Arguments.of(from, to, AGREED.get(from).contains(to)));
                }
            }
        }
        return moves;
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyMove")
    void aCaseWorkerMakesOnlyTheAgreedMoves(ReferralStatus from, ReferralStatus to, boolean allowed) {
        Referral referral = referralThatIs(from);
        int movesBefore = referral.history().size();
        if (allowed) {
            ReferralEvent event = referral.change(to, "A_REASON", "beacon-worker", NOW);
            assertThat(referral.status()).isEqualTo(to);
            assertThat(event.move().from()).isEqualTo(from);
            assertThat(referral.history()).hasSize(movesBefore + 1).last().satisfies(move -> {
                assertThat(move.actor()).isEqualTo("beacon-worker");
                assertThat(move.reasonCode()).isEqualTo("A_REASON");
            });
        } else {
            assertThatThrownBy(() -> referral.change(to, "A_REASON", "beacon-worker", NOW)).isInstanceOf(DomainException.RuleBroken.class);
            assertThat(referral.status()).isEqualTo(from);
            assertThat(referral.history()).hasSize(movesBefore);
        }
    }

    @ParameterizedTest(name = "sending from {0}")
    @MethodSource("statuses")
    void onlyARequestedReferralIsSent(ReferralStatus from) {
        Referral referral = referralThatIs(from);
        if (from == ReferralStatus.REQUESTED) {
            assertThat(referral.send("platform", NOW)).isInstanceOf(ReferralEvent.Sent.class);
        } else {
            assertThatThrownBy(() -> referral.send("platform", NOW)).isInstanceOf(DomainException.RuleBroken.class);
        }
    }

    static List<ReferralStatus> statuses() {
        return List.of(ReferralStatus.values());
    }

    @Test
    void outcomesAndClosureNeedAReasonCode() {
        Referral referral = referralThatIs(ReferralStatus.CONTACT_ATTEMPTED);

        assertThatThrownBy(() -> referral.change(ReferralStatus.UNABLE_TO_CONTACT, null, "beacon-worker", NOW))
                .isInstanceOf(DomainException.InvalidValue.class).hasMessageContaining("reasonCode");
        assertThat(referral.status()).isEqualTo(ReferralStatus.CONTACT_ATTEMPTED);
    }

    @Test
    void noContactIsRecordedOnceTheVictimWithdrewButTheReferralMayStillBeClosed() {
        Referral referral = referralThatIs(ReferralStatus.ACKNOWLEDGED);

        referral.stopContact(ContactStops.CONSENT_WITHDRAWN, NOW);

        assertThatThrownBy(() -> referral.change(ReferralStatus.CONTACT_ATTEMPTED, null, "beacon-worker", NOW))
                .isInstanceOf(DomainException.RuleBroken.class).hasMessageContaining("Do not contact");
        referral.change(ReferralStatus.CLOSED, "VICTIM_WITHDREW", "beacon-worker", NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.CLOSED);
    }

    @Test
    void theEventOfEachMoveSaysWhatHappened() {
        Referral referral = referralThatIs(ReferralStatus.CONTACT_ATTEMPTED);

        assertThat(referral.change(ReferralStatus.DECLINED_BY_VICTIM, "DOES_NOT_WANT_SUPPORT", "beacon-worker", NOW))
                .isInstanceOf(ReferralEvent.Declined.class);
        assertThat(referral.change(ReferralStatus.CLOSED, "OUTCOME_RECORDED", "beacon-worker", NOW)).isInstanceOf(ReferralEvent.Closed.class);
    }

    @Test
    void aReferralWaitingForItsProvidersCaseSystemStaysRequestedUntilDeliveredAndIsSentOnce() {
        Referral referral = referralThatIs(ReferralStatus.REQUESTED);
        referral.awaitDelivery(NOW);
        assertThat(referral.deliveryDue(NOW)).isTrue();

        referral.claimDelivery(NOW.plusMinutes(2));
        assertThat(referral.deliveryDue(NOW.plusMinutes(1))).isFalse();
        referral.deliveryFailed("the provider's case system answered HTTP 503", NOW, NOW.plusSeconds(30));

        assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(referral.delivery().attempts()).isEqualTo(1);
        assertThat(referral.delivery().lastError()).contains("503");
        assertThat(referral.deliveryDue(NOW.plusSeconds(30))).isTrue();

        assertThat(referral.delivered("SHUK-1", "platform", NOW.plusSeconds(31))).get().isInstanceOf(ReferralEvent.Sent.class);
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.delivery().lastError()).isNull();
        assertThat(referral.delivery().attempts()).isEqualTo(2);
        assertThat(referral.delivered("SHUK-1", "platform", NOW.plusSeconds(40))).isEmpty();
        assertThat(referral.awaitsDelivery()).isFalse();
    }

    @Test
    void aReferralClosedBeforeItsDeliveryIsNotDueAndStaysClosedIfTheProviderTookItMeanwhile() {
        Referral referral = referralThatIs(ReferralStatus.REQUESTED);
        referral.awaitDelivery(NOW);
        referral.change(ReferralStatus.CLOSED, "VICTIM_SUPPORTED_ELSEWHERE", "platform", NOW);

        assertThat(referral.deliveryDue(NOW)).isFalse();
        assertThatThrownBy(() -> referral.claimDelivery(NOW)).isInstanceOf(DomainException.RuleBroken.class);
        assertThat(referral.delivered(null, "platform", NOW)).isEmpty();
        assertThat(referral.status()).isEqualTo(ReferralStatus.CLOSED);
    }

    @Test
    void aVictimWhoWithdrewIsNotPassedOnUntilTheyConsentAgain() {
        Referral referral = referralThatIs(ReferralStatus.REQUESTED);
        referral.awaitDelivery(NOW);
        referral.stopContact(ContactStops.CONSENT_WITHDRAWN, NOW);
        assertThat(referral.deliveryDue(NOW)).isFalse();

        referral.allowContact();
        assertThat(referral.deliveryDue(NOW)).isTrue();
    }

    @Test
    void onlyANewReferralWaitsForAProvidersCaseSystem() {
        Referral referral = referralThatIs(ReferralStatus.SENT);

        assertThatThrownBy(() -> referral.awaitDelivery(NOW)).isInstanceOf(DomainException.RuleBroken.class);
        assertThat(referral.delivery()).isNull();
    }
}
