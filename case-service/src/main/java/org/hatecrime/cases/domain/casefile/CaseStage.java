package org.hatecrime.cases.domain.casefile;

import static org.hatecrime.cases.domain.casefile.Party.CPS;
import static org.hatecrime.cases.domain.casefile.Party.POLICE;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a case is, from first report to sentence, and every move it may make and who may make it:
 * the only place the case's lifecycle is defined. {@link Case} refuses any other move.
 *
 * <p>The police record, investigate, arrest or interview, and either decide themselves (no further
 * action, an out-of-court disposal, or a charge they may bring) or file with the CPS. The CPS
 * decides on a charge for a file it holds (or sends it back to be investigated further) and
 * records the court stages. The force closes the case with a Home Office outcome code.
 */
public enum CaseStage {
    OPENED(null, false),
    RECORDED(null, false),
    INVESTIGATING(null, false),
    SUSPECT_IDENTIFIED(null, false),
    ARRESTED_OR_INTERVIEWED(VictimUpdateKind.ARREST_OR_INTERVIEW, false),
    FILED_WITH_CPS(null, false),
    CHARGED(VictimUpdateKind.CHARGE, false),
    NO_FURTHER_ACTION(VictimUpdateKind.NO_FURTHER_ACTION, true),
    OUT_OF_COURT_DISPOSAL(VictimUpdateKind.OUT_OF_COURT_DISPOSAL, true),
    AT_COURT(VictimUpdateKind.HEARING, false),
    VERDICT(VictimUpdateKind.VERDICT, false),
    SENTENCED(VictimUpdateKind.SENTENCE, false),
    CLOSED(null, true);

    private static final Map<CaseStage, Map<CaseStage, Set<Party>>> ALLOWED = new EnumMap<>(CaseStage.class);

    static {
        allow(OPENED, POLICE, RECORDED);
        allow(RECORDED, POLICE, INVESTIGATING, CLOSED);
        allow(INVESTIGATING, POLICE, SUSPECT_IDENTIFIED, NO_FURTHER_ACTION);
        allow(SUSPECT_IDENTIFIED, POLICE, ARRESTED_OR_INTERVIEWED, NO_FURTHER_ACTION, OUT_OF_COURT_DISPOSAL);
        // arrested, then interviewed, then bailed: each is a move of its own, and each is told to the victim
        allow(ARRESTED_OR_INTERVIEWED, POLICE, ARRESTED_OR_INTERVIEWED, FILED_WITH_CPS, CHARGED, NO_FURTHER_ACTION, OUT_OF_COURT_DISPOSAL);
        // a file the CPS holds is the CPS's to decide; it may send it back to be investigated further
        allow(FILED_WITH_CPS, CPS, CHARGED, NO_FURTHER_ACTION, OUT_OF_COURT_DISPOSAL, INVESTIGATING);
        allow(CHARGED, CPS, AT_COURT);
        // each further hearing is a move of its own, with its date
        allow(AT_COURT, CPS, AT_COURT, VERDICT);
        allow(VERDICT, CPS, SENTENCED);
        allow(VERDICT, POLICE, CLOSED);
        allow(SENTENCED, POLICE, CLOSED);
        allow(OUT_OF_COURT_DISPOSAL, POLICE, CLOSED);
        allow(NO_FURTHER_ACTION, POLICE, CLOSED);
        // a review that overturns the decision reopens the investigation
        allow(NO_FURTHER_ACTION, POLICE, INVESTIGATING);
        for (CaseStage stage : values()) {
            ALLOWED.putIfAbsent(stage, new EnumMap<>(CaseStage.class));
        }
    }

    private static void allow(CaseStage from, Party by, CaseStage... to) {
        Map<CaseStage, Set<Party>> moves = ALLOWED.computeIfAbsent(from, f -> new EnumMap<>(CaseStage.class));
        for (CaseStage next : to) {
            moves.computeIfAbsent(next, n -> EnumSet.noneOf(Party.class)).add(by);
        }
    }

    private final VictimUpdateKind update;
    private final boolean needsAReason;

    CaseStage(VictimUpdateKind update, boolean needsAReason) {
        this.update = update;
        this.needsAReason = needsAReason;
    }

    /** Whether anyone may move a case from here to {@code next}. */
    public boolean canMoveTo(CaseStage next) {
        return ALLOWED.get(this).containsKey(next);
    }

    /** Whether {@code party} may move a case from here to {@code next}. */
    public boolean canMoveTo(CaseStage next, Party party) {
        return ALLOWED.get(this).getOrDefault(next, Set.of()).contains(party);
    }

    /** The update the victim is owed when a case reaches this stage, if any. */
    public Optional<VictimUpdateKind> update() {
        return Optional.ofNullable(update);
    }

    /** A decision that ends the case or turns it away needs a reason code. */
    public boolean needsAReason() {
        return needsAReason;
    }
}
