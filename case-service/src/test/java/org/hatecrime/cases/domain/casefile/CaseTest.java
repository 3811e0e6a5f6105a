package org.hatecrime.cases.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.junit.jupiter.api.Test;

/** The rules a case keeps whoever moves it: what each move records, who may change the flag, reviews and updates. */
class CaseTest {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.UTC);
    static final Set<String> OUTCOMES = Set.of("1", "15", "16", "18");
    /** Updates due a day after the event, two days with no enhanced rights, so the tests can tell which applied. */
    static final UpdateDeadline UPDATES = (at, enhanced) -> at.plusDays(enhanced ? 1 : 2);
    static final ReviewDeadline REVIEWS = (scheme, at) -> at.plusDays(scheme == ReviewScheme.CPS ? 10 : 20);

    static Case opened() {
        return Case.open(new Case.Opening(UUID.randomUUID(), "HC-7K3M-9QXD", "herts-police", "STEVENAGE", List.of("RACE"),
                T0.minusDays(2), T0, null), "cps-thames-chiltern").theCase();
    }

    static List<CaseEvent> move(Case c, StageChange change, Party by) {
        return c.changeStage(change, by, "tester", T0.plusHours(c.history().size()), UPDATES, REVIEWS, false, OUTCOMES);
    }

    static StageChange recorded() {
        return new StageChange(CaseStage.RECORDED, null, "41/12345/26", RecordedAs.CRIME, "PUBLIC_ORDER_OFFENCE", null, null, null, null,
                null, null, null, null);
    }

    static StageChange closed(String outcome) {
        return new StageChange(CaseStage.CLOSED, "DONE", null, null, null, null, null, null, null, null, null, null, outcome);
    }

    static Case filedWithCps() {
        Case c = opened();
        move(c, recorded(), Party.POLICE);
        move(c, StageChange.to(CaseStage.INVESTIGATING, null), Party.POLICE);
        move(c, StageChange.to(CaseStage.SUSPECT_IDENTIFIED, null), Party.POLICE);
        move(c, StageChange.to(CaseStage.ARRESTED_OR_INTERVIEWED, "ARRESTED"), Party.POLICE);
        move(c, StageChange.to(CaseStage.FILED_WITH_CPS, null), Party.POLICE);
        return c;
    }

    static Case atVerdict(Verdict verdict) {
        Case c = filedWithCps();
        move(c, StageChange.to(CaseStage.CHARGED, "FULL_CODE_TEST_MET"), Party.CPS);
        move(c, new StageChange(CaseStage.AT_COURT, null, null, null, null, null, null, T0.plusDays(30), "FIRST_HEARING", null, null, null,
                null), Party.CPS);
        move(c, new StageChange(CaseStage.VERDICT, null, null, null, null, null, null, null, null, verdict, null, null, null), Party.CPS);
        return c;
    }

    @Test
    void aCaseIsFollowedFromRecordingToSentenceAndClosesWithAnOutcomeCode() {
        Case c = atVerdict(Verdict.GUILTY);
        move(c, new StageChange(CaseStage.SENTENCED, null, null, null, null, null, null, null, null, null, true, "HOSTILITY_DEMONSTRATED",
                null), Party.CPS);
        List<CaseEvent> events = move(c, closed("1"), Party.POLICE);

        assertThat(c.stage()).isEqualTo(CaseStage.CLOSED);
        assertThat(c.outcomeCode()).isEqualTo("1");
        assertThat(c.upliftApplied()).isTrue();
        assertThat(c.hateCrimeFlag()).as("the flag stayed from file to sentence").isTrue();
        assertThat(events).singleElement().isInstanceOf(CaseEvent.Closed.class);
        assertThat(c.history()).extracting(CaseMove::to).containsExactly(CaseStage.OPENED, CaseStage.RECORDED, CaseStage.INVESTIGATING,
                CaseStage.SUSPECT_IDENTIFIED, CaseStage.ARRESTED_OR_INTERVIEWED, CaseStage.FILED_WITH_CPS, CaseStage.CHARGED,
                CaseStage.AT_COURT, CaseStage.VERDICT, CaseStage.SENTENCED, CaseStage.CLOSED);
        assertThat(c.victimUpdates()).extracting(VictimUpdate::kind).containsExactly(VictimUpdateKind.ARREST_OR_INTERVIEW,
                VictimUpdateKind.CHARGE, VictimUpdateKind.HEARING, VictimUpdateKind.VERDICT, VictimUpdateKind.SENTENCE);
    }

    @Test
    void anIllegalMoveIsRefusedAsABrokenRuleAndChangesNothing() {
        Case c = opened();
        assertThatThrownBy(() -> move(c, StageChange.to(CaseStage.CHARGED, null), Party.POLICE))
                .isInstanceOf(DomainException.RuleBroken.class);
        assertThat(c.stage()).isEqualTo(CaseStage.OPENED);
        assertThat(c.history()).hasSize(1);
    }

    @Test
    void theOtherPartysMoveIsNotPermitted() {
        Case c = filedWithCps();
        assertThatThrownBy(() -> move(c, StageChange.to(CaseStage.CHARGED, null), Party.POLICE))
                .isInstanceOf(DomainException.NotPermitted.class);
    }

    @Test
    void anOutcomeCodeIsValidOnlyAtClosure() {
        Case c = opened();
        StageChange withOutcome = new StageChange(CaseStage.RECORDED, null, "41/1/26", RecordedAs.CRIME, "X_Y", null, null, null, null,
                null, null, null, "1");
        assertThatThrownBy(() -> move(c, withOutcome, Party.POLICE)).isInstanceOfSatisfying(DomainException.InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("outcomeCode"));
    }

    @Test
    void aCaseClosesOnlyWithAConfiguredOutcomeCode() {
        Case c = opened();
        move(c, recorded(), Party.POLICE);
        assertThatThrownBy(() -> move(c, closed(null), Party.POLICE)).isInstanceOfSatisfying(DomainException.InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("outcomeCode"));
        assertThatThrownBy(() -> move(c, closed("19"), Party.POLICE)).isInstanceOfSatisfying(DomainException.InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("outcomeCode"));
        move(c, closed("18"), Party.POLICE);
        assertThat(c.stage()).isEqualTo(CaseStage.CLOSED);
    }

    @Test
    void recordingNeedsTheCrimeReferenceHowItWasRecordedAndWhy() {
        Case c = opened();
        StageChange noReason = new StageChange(CaseStage.RECORDED, null, "41/1/26", RecordedAs.NON_CRIME_HATE_INCIDENT, null, null, null,
                null, null, null, null, null, null);
        assertThatThrownBy(() -> move(c, noReason, Party.POLICE)).isInstanceOfSatisfying(DomainException.InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("recordingReason"));
    }

    @Test
    void aFieldOfAnotherMoveIsRefusedNamingIt() {
        Case c = opened();
        move(c, recorded(), Party.POLICE);
        StageChange withVerdict = new StageChange(CaseStage.INVESTIGATING, null, null, null, null, null, null, null, null, Verdict.GUILTY,
                null, null, null);
        assertThatThrownBy(() -> move(c, withVerdict, Party.POLICE)).isInstanceOfSatisfying(DomainException.InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("verdict"));
    }

    @Test
    void noFurtherActionNeedsAReason() {
        Case c = opened();
        move(c, recorded(), Party.POLICE);
        move(c, StageChange.to(CaseStage.INVESTIGATING, null), Party.POLICE);
        assertThatThrownBy(() -> move(c, StageChange.to(CaseStage.NO_FURTHER_ACTION, null), Party.POLICE))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> assertThat(e.field()).isEqualTo("reasonCode"));
    }

    @Test
    void onlyAGuiltyVerdictIsSentencedAndOnlyANotGuiltyOneClosesStraightAway() {
        Case notGuilty = atVerdict(Verdict.NOT_GUILTY);
        assertThatThrownBy(() -> move(notGuilty, new StageChange(CaseStage.SENTENCED, null, null, null, null, null, null, null, null, null,
                false, "NO_HOSTILITY_PROVED", null), Party.CPS)).isInstanceOf(DomainException.RuleBroken.class);
        move(notGuilty, closed("1"), Party.POLICE);

        Case guilty = atVerdict(Verdict.GUILTY);
        assertThatThrownBy(() -> move(guilty, closed("1"), Party.POLICE)).isInstanceOf(DomainException.RuleBroken.class);
    }

    @Test
    void aSentenceSaysWhetherTheUpliftForHostilityWasAppliedAndWhy() {
        Case c = atVerdict(Verdict.GUILTY);
        assertThatThrownBy(() -> move(c, new StageChange(CaseStage.SENTENCED, null, null, null, null, null, null, null, null, null, true,
                null, null), Party.CPS)).isInstanceOfSatisfying(DomainException.InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("upliftReason"));
    }

    @Test
    void filingWithTheCpsFlagsTheCaseAndOnlyTheCpsMayThenRemoveTheFlag() {
        Case c = filedWithCps();
        assertThat(c.hateCrimeFlag()).isTrue();
        assertThatThrownBy(() -> c.flagAsHateCrime(false, "NO_HOSTILITY", Party.POLICE)).isInstanceOf(DomainException.NotPermitted.class);
        c.flagAsHateCrime(false, "HOSTILITY_EVIDENCE_INSUFFICIENT", Party.CPS);
        assertThat(c.hateCrimeFlag()).isFalse();
        assertThat(c.hateCrimeFlagReason()).isEqualTo("HOSTILITY_EVIDENCE_INSUFFICIENT");
    }

    @Test
    void eachKeyEventOwesAnUpdateSoonerWithEnhancedRights() {
        Case c = opened();
        move(c, recorded(), Party.POLICE);
        move(c, StageChange.to(CaseStage.INVESTIGATING, null), Party.POLICE);
        move(c, StageChange.to(CaseStage.SUSPECT_IDENTIFIED, null), Party.POLICE);
        OffsetDateTime at = T0.plusDays(3);
        StageChange bailed = new StageChange(CaseStage.ARRESTED_OR_INTERVIEWED, "ARRESTED", null, null, null, null,
                List.of("NO_CONTACT_WITH_VICTIM"), null, null, null, null, null, null);
        List<CaseEvent> events = c.changeStage(bailed, Party.POLICE, "pc", at, UPDATES, REVIEWS, true, OUTCOMES);

        assertThat(events).filteredOn(CaseEvent.VictimUpdateDue.class::isInstance).hasSize(2);
        assertThat(c.victimUpdates()).extracting(VictimUpdate::kind)
                .containsExactly(VictimUpdateKind.ARREST_OR_INTERVIEW, VictimUpdateKind.BAIL);
        assertThat(c.victimUpdates()).allSatisfy(u -> {
            assertThat(u.dueAt()).isEqualTo(at.plusDays(1));
            assertThat(u.enhancedRights()).isTrue();
        });
    }

    @Test
    void tellingTheVictimSettlesTheUpdateOnce() {
        Case c = filedWithCps();
        VictimUpdate update = c.victimUpdates().get(0);
        c.tellVictim(update.id(), "PHONE", "pc", T0.plusDays(1));
        assertThat(update.toldAt()).isEqualTo(T0.plusDays(1));
        assertThatThrownBy(() -> c.tellVictim(update.id(), "PHONE", "pc", T0.plusDays(1))).isInstanceOf(DomainException.RuleBroken.class);
        assertThatThrownBy(() -> c.tellVictim(UUID.randomUUID(), "PHONE", "pc", T0)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void noFurtherActionOffersAReviewThatMustBeAskedForInTime() {
        Case c = filedWithCps();
        move(c, StageChange.to(CaseStage.NO_FURTHER_ACTION, "EVIDENTIAL_DIFFICULTIES"), Party.CPS);
        assertThat(c.reviewScheme()).isEqualTo(ReviewScheme.CPS);
        assertThat(c.reviewRequestBy()).isEqualTo(c.reviewOfferedAt().plusDays(10));

        assertThatThrownBy(() -> c.requestReview(c.reviewRequestBy())).isInstanceOf(DomainException.RuleBroken.class);
        CaseEvent.ReviewRequested requested = c.requestReview(c.reviewRequestBy().minusSeconds(1));
        assertThat(requested.theCase().reviewRequestedAt()).isNotNull();
        assertThatThrownBy(() -> c.requestReview(c.reviewOfferedAt().plusDays(1))).isInstanceOf(DomainException.RuleBroken.class);

        assertThatThrownBy(() -> c.recordReviewOutcome(ReviewOutcome.DECISION_OVERTURNED, Party.POLICE))
                .isInstanceOf(DomainException.NotPermitted.class);
        c.recordReviewOutcome(ReviewOutcome.DECISION_OVERTURNED, Party.CPS);
        assertThat(c.reviewOutcome()).isEqualTo(ReviewOutcome.DECISION_OVERTURNED);
    }

    @Test
    void theRightToReviewAppliesOnlyToNoFurtherAction() {
        Case c = filedWithCps();
        assertThatThrownBy(() -> c.requestReview(T0.plusDays(1))).isInstanceOf(DomainException.RuleBroken.class);
    }

    @Test
    void onlyTheForceAndItsCpsAreaOnceFiledWorkTheCase() {
        Case c = opened();
        assertThat(c.isWorkedBy(Party.POLICE, "herts-police")).isTrue();
        assertThat(c.isWorkedBy(Party.POLICE, "beds-police")).isFalse();
        assertThat(c.isWorkedBy(Party.CPS, "cps-thames-chiltern")).as("not filed yet").isFalse();
        Case filed = filedWithCps();
        assertThat(filed.isWorkedBy(Party.CPS, "cps-thames-chiltern")).isTrue();
        assertThat(filed.isWorkedBy(Party.CPS, "cps-east-of-england")).isFalse();
    }

    @Test
    void withdrawnConsentToShareHoldsTheVictimsUpdatesAndTheCaseStaysTheForcesToProgress() {
        Case c = opened();
        move(c, recorded(), Party.POLICE);
        move(c, StageChange.to(CaseStage.INVESTIGATING, null), Party.POLICE);
        move(c, StageChange.to(CaseStage.SUSPECT_IDENTIFIED, null), Party.POLICE);
        move(c, StageChange.to(CaseStage.ARRESTED_OR_INTERVIEWED, "ARRESTED"), Party.POLICE);
        UUID arrestUpdate = c.victimUpdates().get(0).id();
        OffsetDateTime withdrawnAt = T0.plusDays(1);

        assertThat(c.sharingConsentChanged(false, withdrawnAt, UPDATES)).as("announced, and nothing falls due")
                .singleElement().isEqualTo(new CaseEvent.SharingConsentChanged(c, false, withdrawnAt));

        assertThat(c.sharingConsentWithdrawnAt()).isEqualTo(withdrawnAt);
        assertThat(c.victimUpdates()).allMatch(u -> withdrawnAt.equals(u.notContactableSince()));
        assertThatThrownBy(() -> c.tellVictim(arrestUpdate, "PHONE", "tester", withdrawnAt.plusHours(1)))
                .isInstanceOf(DomainException.RuleBroken.class).hasMessageContaining("not to be contacted");
        List<CaseEvent> charged = move(c, StageChange.to(CaseStage.CHARGED, "CHARGED"), Party.POLICE);
        assertThat(c.stage()).as("progress is the force's decision").isEqualTo(CaseStage.CHARGED);
        assertThat(charged).as("nothing falls due while the victim may not be contacted").noneMatch(CaseEvent.VictimUpdateDue.class::isInstance);
        assertThat(c.victimUpdates()).hasSize(2).allMatch(VictimUpdate::isHeld);
    }

    @Test
    void aRepeatedWithdrawalKeepsTheFirstAndConsentGivenAgainMakesTheHeldUpdatesDueFromThen() {
        Case c = filedWithCps();
        c.tellVictim(c.victimUpdates().get(0).id(), "PHONE", "tester", T0.plusHours(5));
        move(c, StageChange.to(CaseStage.CHARGED, "FULL_CODE_TEST_MET"), Party.CPS);
        OffsetDateTime withdrawnAt = T0.plusDays(1);
        c.sharingConsentChanged(false, withdrawnAt, UPDATES);
        assertThat(c.sharingConsentChanged(false, withdrawnAt.plusDays(1), UPDATES)).as("withdrawn twice announces nothing").isEmpty();
        assertThat(c.sharingConsentWithdrawnAt()).isEqualTo(withdrawnAt);
        assertThat(c.victimUpdates().get(0).isHeld()).as("an update already told stays told").isFalse();

        OffsetDateTime givenAgainAt = T0.plusDays(10);
        List<CaseEvent> events = c.sharingConsentChanged(true, givenAgainAt, UPDATES);

        assertThat(c.sharingConsentWithdrawn()).isFalse();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new CaseEvent.SharingConsentChanged(c, true, givenAgainAt));
        assertThat(events.get(1)).isInstanceOf(CaseEvent.VictimUpdateDue.class);
        VictimUpdate charge = c.victimUpdates().get(1);
        assertThat(charge.isHeld()).isFalse();
        assertThat(charge.dueAt()).isEqualTo(UPDATES.dueAt(givenAgainAt, false));
        assertThat(c.sharingConsentChanged(true, givenAgainAt.plusDays(1), UPDATES)).as("given twice changes nothing").isEmpty();
        assertThat(charge.dueAt()).isEqualTo(UPDATES.dueAt(givenAgainAt, false));
    }
}
