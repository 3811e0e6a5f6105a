package org.hatecrime.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hatecrime.reporting.domain.report.ReportStatus.CLOSED;
import static org.hatecrime.reporting.domain.report.ReportStatus.DUPLICATE;
import static org.hatecrime.reporting.domain.report.ReportStatus.RECEIVED;
import static org.hatecrime.reporting.domain.report.ReportStatus.REFERRED_FOR_SUPPORT;
import static org.hatecrime.reporting.domain.report.ReportStatus.SHARED_WITH_POLICE;
import static org.hatecrime.reporting.domain.report.ReportStatus.TRIAGED;
import static org.hatecrime.reporting.domain.report.ReportStatus.WITHDRAWN;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.reporting.domain.codes.Channel;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.codes.ConsentPurpose;
import org.hatecrime.reporting.domain.codes.RecordedAs;
import org.hatecrime.reporting.domain.codes.ReporterRole;
import org.hatecrime.reporting.domain.codes.Strand;
import org.hatecrime.reporting.domain.codes.WithdrawalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move of a report from every status, legal or not, checked against the agreed lifecycle and its rules. */
class ReportTest {

    private static final Map<ReportStatus, Set<ReportStatus>> LEGAL = Map.of(
            RECEIVED, EnumSet.of(TRIAGED, WITHDRAWN, DUPLICATE),
            TRIAGED, EnumSet.of(SHARED_WITH_POLICE, REFERRED_FOR_SUPPORT, CLOSED, WITHDRAWN, DUPLICATE),
            SHARED_WITH_POLICE, EnumSet.of(REFERRED_FOR_SUPPORT, CLOSED, WITHDRAWN),
            REFERRED_FOR_SUPPORT, EnumSet.of(SHARED_WITH_POLICE, CLOSED, WITHDRAWN),
            CLOSED, EnumSet.noneOf(ReportStatus.class),
            WITHDRAWN, EnumSet.noneOf(ReportStatus.class),
            DUPLICATE, EnumSet.noneOf(ReportStatus.class));

    static List<Arguments> everyMove() {
        List<Arguments> moves = new ArrayList<>();
        for (ReportStatus from : ReportStatus.values()) {
            for (ReportStatus to : ReportStatus.values()) {
                moves.add(Arguments.of(from, to, LEGAL.get(from).contains(to)));
            }
        }
        return moves;
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyMove")
    void theLifecycleAllowsExactlyTheAgreedMoves(ReportStatus from, ReportStatus to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    /** Each move of the aggregate, and the status it leads to. */
    enum Move {
        TRIAGE(TRIAGED, r -> r.triage(RecordedAs.CRIME, null, NOW)),
        SHARE_WITH_POLICE(SHARED_WITH_POLICE, r -> r.shareWithPolice("herts-police", NOW)),
        REFER(REFERRED_FOR_SUPPORT, r -> r.requestReferral("beacon", NOW)),
        CLOSE(CLOSED, r -> r.close(NOW)),
        WITHDRAW(WITHDRAWN, r -> r.withdraw(WithdrawalReason.VICTIM_REQUEST, NOW)),
        LINK_AS_DUPLICATE(DUPLICATE, r -> r.linkAsDuplicateOf(UUID.randomUUID(), NOW));

        final ReportStatus leadsTo;
        final Function<Report, ReportEvent> apply;

        Move(ReportStatus leadsTo, Function<Report, ReportEvent> apply) {
            this.leadsTo = leadsTo;
            this.apply = apply;
        }
    }

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T10:00:00Z");

    /** A report with every consent, brought to a status through its own moves. */
    static Report reportThatIs(ReportStatus status) {
        NewReport request = new NewReport(List.of(Strand.RACE), ReporterRole.VICTIM, false, null, null, null, null, List.of(), List.of(),
                false, false, null, null, null, NOW.minusDays(1), null, "STEVENAGE",
                new ReportDetails("words", null, null, null, null, null, null, null, null), true, true, true, ConsentMethod.VERBAL);
        Report report = Report.receive(request, new Report.Received(UUID.randomUUID(), "stevenage-centre", Channel.THIRD_PARTY_CENTRE,
                "centre-stevenage", ConsentMethod.VERBAL, NOW), UUID.randomUUID(), new byte[0]);
        switch (status) {
            case RECEIVED -> { }
            case TRIAGED -> Move.TRIAGE.apply.apply(report);
            case WITHDRAWN, DUPLICATE -> Move.valueOf(status == WITHDRAWN ? "WITHDRAW" : "LINK_AS_DUPLICATE").apply.apply(report);
            default -> {
                Move.TRIAGE.apply.apply(report);
                (status == SHARED_WITH_POLICE ? Move.SHARE_WITH_POLICE : status == REFERRED_FOR_SUPPORT ? Move.REFER : Move.CLOSE)
                        .apply.apply(report);
            }
        }
        assertThat(report.status()).isEqualTo(status);
        return report;
    }

    static List<Arguments> everyMoveOfTheAggregate() {
        List<Arguments> moves = new ArrayList<>();
        for (ReportStatus from : ReportStatus.values()) {
            for (Move move : Move.values()) {
                moves.add(Arguments.of(from, move, LEGAL.get(from).contains(move.leadsTo)));
            }
        }
        return moves;
    }

    @ParameterizedTest(name = "{1} from {0} allowed: {2}")
    @MethodSource("everyMoveOfTheAggregate")
    void theReportMakesOnlyTheAgreedMovesAndAnnouncesEach(ReportStatus from, Move move, boolean legal) {
        Report report = reportThatIs(from);
        if (legal) {
            ReportEvent event = move.apply.apply(report);
            assertThat(report.status()).isEqualTo(move.leadsTo);
            assertThat(event.report()).isSameAs(report);
        } else {
            assertThatThrownBy(() -> move.apply.apply(report)).isInstanceOf(DomainException.RuleBroken.class);
            assertThat(report.status()).isEqualTo(from);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ConsentPurpose.class, names = {"SHARE_WITH_POLICE", "REFER_TO_SUPPORT"})
    void withoutConsentAReportIsNeitherSharedNorReferred(ConsentPurpose purpose) {
        Report report = reportThatIs(TRIAGED);
        report.recordConsent(purpose, false, ConsentMethod.WRITTEN, "centre-stevenage", NOW);

        Move move = purpose == ConsentPurpose.SHARE_WITH_POLICE ? Move.SHARE_WITH_POLICE : Move.REFER;
        assertThatThrownBy(() -> move.apply.apply(report)).isInstanceOf(DomainException.RuleBroken.class).hasMessageContaining("consent");
        assertThat(report.status()).isEqualTo(TRIAGED);
        assertThat(report.consentHistory()).hasSize(4).last().satisfies(record -> assertThat(record.granted()).isFalse());
    }

    @Test
    void aLawfulBasisSharesWithoutConsentAndKeepsTheForcesRightToTheDetails() {
        Report report = reportThatIs(TRIAGED);
        report.recordConsent(ConsentPurpose.SHARE_WITH_POLICE, false, ConsentMethod.WRITTEN, "centre-stevenage", NOW);

        ReportEvent.SharedWithPolice shared = report.shareWithPoliceOnLawfulBasis("herts-police", "risk to life", NOW);

        assertThat(shared.lawfulOverride()).isTrue();
        assertThat(report.policeMayReadDetails()).isTrue();
    }

    @Test
    void theForceLosesTheDetailsWhenConsentToShareIsWithdrawn() {
        Report report = reportThatIs(SHARED_WITH_POLICE);
        assertThat(report.policeMayReadDetails()).isTrue();

        report.recordConsent(ConsentPurpose.SHARE_WITH_POLICE, false, ConsentMethod.WRITTEN, "centre-stevenage", NOW);

        assertThat(report.policeMayReadDetails()).isFalse();
    }

    @Test
    void onlyTheForceItWasSharedWithAcknowledgesIt() {
        Report report = reportThatIs(SHARED_WITH_POLICE);

        assertThatThrownBy(() -> report.acknowledgeByPolice("beds-police", "1/2/26", NOW)).isInstanceOf(DomainException.NotFound.class);
        assertThat(report.acknowledgeByPolice("herts-police", "41/2/26", NOW).report().crimeReference()).isEqualTo("41/2/26");
    }

    @Test
    void aStaleVersionOrAFinalReportRefusesCorrections() {
        assertThatThrownBy(() -> reportThatIs(TRIAGED).correctDetails(7, false, new byte[1])).isInstanceOf(DomainException.StaleVersion.class);
        assertThatThrownBy(() -> reportThatIs(CLOSED).correctDetails(0, false, new byte[1])).isInstanceOf(DomainException.RuleBroken.class);
    }

    @ParameterizedTest
    @EnumSource(ReportStatus.class)
    void everyStatusCanBeExplainedToTheReporterInPlainWords(ReportStatus status) {
        assertThat(status.inPlainWords()).doesNotContain("_").isNotBlank();
    }
}
