package org.hatecrime.cases.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every move of the case lifecycle, legal and illegal, for each party: the table below is the
 * lifecycle as the police and the CPS described it; {@link CaseStage} must allow exactly these.
 */
class CaseStageTest {

    /** from, party, to: every legal move. Anything not here is refused. */
    private static final String LEGAL = """
            OPENED                  POLICE RECORDED
            RECORDED                POLICE INVESTIGATING
            RECORDED                POLICE CLOSED
            INVESTIGATING           POLICE SUSPECT_IDENTIFIED
            INVESTIGATING           POLICE NO_FURTHER_ACTION
            SUSPECT_IDENTIFIED      POLICE ARRESTED_OR_INTERVIEWED
            SUSPECT_IDENTIFIED      POLICE NO_FURTHER_ACTION
            SUSPECT_IDENTIFIED      POLICE OUT_OF_COURT_DISPOSAL
            ARRESTED_OR_INTERVIEWED POLICE ARRESTED_OR_INTERVIEWED
            ARRESTED_OR_INTERVIEWED POLICE FILED_WITH_CPS
            ARRESTED_OR_INTERVIEWED POLICE CHARGED
            ARRESTED_OR_INTERVIEWED POLICE NO_FURTHER_ACTION
            ARRESTED_OR_INTERVIEWED POLICE OUT_OF_COURT_DISPOSAL
            FILED_WITH_CPS          CPS    CHARGED
            FILED_WITH_CPS          CPS    NO_FURTHER_ACTION
            FILED_WITH_CPS          CPS    OUT_OF_COURT_DISPOSAL
            FILED_WITH_CPS          CPS    INVESTIGATING
            CHARGED                 CPS    AT_COURT
            AT_COURT                CPS    AT_COURT
            AT_COURT                CPS    VERDICT
            VERDICT                 CPS    SENTENCED
            VERDICT                 POLICE CLOSED
            SENTENCED               POLICE CLOSED
            OUT_OF_COURT_DISPOSAL   POLICE CLOSED
            NO_FURTHER_ACTION       POLICE CLOSED
            NO_FURTHER_ACTION       POLICE INVESTIGATING
            """;

    private record Move(CaseStage from, Party party, CaseStage to) {
    }

    private static Set<Move> legal() {
        Set<Move> moves = new java.util.HashSet<>();
        LEGAL.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            moves.add(new Move(CaseStage.valueOf(cells[0]), Party.valueOf(cells[1]), CaseStage.valueOf(cells[2])));
        });
        return moves;
    }

    @TestFactory
    Stream<DynamicTest> everyMoveOfEveryPartyIsAllowedExactlyWhenTheTableSaysSo() {
        Set<Move> legal = legal();
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseStage from : CaseStage.values()) {
            for (CaseStage to : CaseStage.values()) {
                for (Party party : Party.values()) {
                    Move move = new Move(from, party, to);
                    boolean expected = legal.contains(move);
                    tests.add(DynamicTest.dynamicTest(from + " → " + to + " by " + party + (expected ? " is allowed" : " is refused"),
                            () -> assertThat(from.canMoveTo(to, party)).isEqualTo(expected)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aMoveIsPossibleForSomeoneExactlyWhenOnePartyMayMakeIt() {
        Set<Move> legal = legal();
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseStage from : CaseStage.values()) {
            for (CaseStage to : CaseStage.values()) {
                boolean expected = legal.stream().anyMatch(m -> m.from() == from && m.to() == to);
                tests.add(DynamicTest.dynamicTest(from + " → " + to, () -> assertThat(from.canMoveTo(to)).isEqualTo(expected)));
            }
        }
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void aClosedCaseMovesNowhere() {
        for (CaseStage to : CaseStage.values()) {
            assertThat(CaseStage.CLOSED.canMoveTo(to)).as("CLOSED → %s", to).isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void theKeyEventsOweTheVictimAnUpdate() {
        Set<CaseStage> owing = EnumSet.noneOf(CaseStage.class);
        for (CaseStage stage : CaseStage.values()) {
            stage.update().ifPresent(kind -> owing.add(stage));
        }
        assertThat(owing).containsExactlyInAnyOrder(CaseStage.ARRESTED_OR_INTERVIEWED, CaseStage.CHARGED, CaseStage.NO_FURTHER_ACTION,
                CaseStage.OUT_OF_COURT_DISPOSAL, CaseStage.AT_COURT, CaseStage.VERDICT, CaseStage.SENTENCED);
    }
}
