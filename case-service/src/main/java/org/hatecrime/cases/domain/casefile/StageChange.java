package org.hatecrime.cases.domain.casefile;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A move the police or the CPS ask a case to make, with what that move records. Only the fields
 * of the stage moved to may be given: a field of another stage is refused, naming it.
 *
 * @param crimeReference   RECORDED: the force's crime reference
 * @param recordedAs       RECORDED: crime or non-crime hate incident
 * @param recordingReason  RECORDED: why it was recorded so, as a code
 * @param suspectReference SUSPECT_IDENTIFIED: the force's pseudonymous suspect reference, to link repeat suspects
 * @param bailConditions   ARRESTED_OR_INTERVIEWED, CHARGED, AT_COURT: bail condition codes, if bailed
 * @param hearingAt        AT_COURT: when the hearing is
 * @param hearingType      AT_COURT: what kind of hearing, as a code
 * @param verdict          VERDICT
 * @param upliftApplied    SENTENCED: whether the sentence was increased for hostility (Sentencing Act 2020 s.66)
 * @param upliftReason     SENTENCED: why, as a code
 * @param outcomeCode      CLOSED: the Home Office outcome code
 */
public record StageChange(CaseStage to, String reasonCode, String crimeReference, RecordedAs recordedAs, String recordingReason,
        String suspectReference, List<String> bailConditions, OffsetDateTime hearingAt, String hearingType, Verdict verdict,
        Boolean upliftApplied, String upliftReason, String outcomeCode) {

    /** A plain move with a reason code and nothing else. */
    public static StageChange to(CaseStage to, String reasonCode) {
        return new StageChange(to, reasonCode, null, null, null, null, null, null, null, null, null, null, null);
    }

    boolean bailed() {
        return bailConditions != null && !bailConditions.isEmpty();
    }
}
