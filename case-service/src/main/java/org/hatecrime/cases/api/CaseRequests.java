package org.hatecrime.cases.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.cases.domain.casefile.CaseStage;
import org.hatecrime.cases.domain.casefile.RecordedAs;
import org.hatecrime.cases.domain.casefile.ReviewOutcome;
import org.hatecrime.cases.domain.casefile.StageChange;
import org.hatecrime.cases.domain.casefile.Verdict;

/** The bodies the police and the CPS send; form checks here, the case's rules in the domain. */
public final class CaseRequests {

    static final String CODE = "[A-Z][A-Z0-9_]{1,39}";
    static final String CODE_MESSAGE = "an upper-case code such as FULL_CODE_TEST_MET";

    private CaseRequests() {
    }

    /** A move of a case; only the fields of the stage moved to may be given. */
    @Schema(name = "CaseStageChange")
    public record StageChangeRequest(
            @Schema(description = "The stage to move to") @NotNull CaseStage stage,
            @Schema(description = "Why, as a code (published; no free text): needed for NO_FURTHER_ACTION, OUT_OF_COURT_DISPOSAL and CLOSED",
                    example = "EVIDENTIAL_DIFFICULTIES")
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String reasonCode,
            @Schema(description = "RECORDED: the force's crime reference", example = "41/12345/26")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/ -]{1,39}", message = "letters, digits, '/', '-' and spaces, up to 40") String crimeReference,
            @Schema(description = "RECORDED: crime or non-crime hate incident") RecordedAs recordedAs,
            @Schema(description = "RECORDED: why it was recorded so, as a code", example = "PUBLIC_ORDER_OFFENCE")
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String recordingReason,
            @Schema(description = "SUSPECT_IDENTIFIED: the force's pseudonymous suspect reference (never a name), to link repeat suspects",
                    example = "S-41-0099812")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{3,63}", message = "letters, digits and '-', 4 to 64") String suspectReference,
            @Schema(description = "ARRESTED_OR_INTERVIEWED, CHARGED, AT_COURT: bail condition codes if bailed; the victim is owed an update")
            @Size(max = 10) List<@NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String> bailConditions,
            @Schema(description = "AT_COURT: when the hearing is") OffsetDateTime hearingAt,
            @Schema(description = "AT_COURT: the kind of hearing, as a code", example = "FIRST_HEARING")
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String hearingType,
            @Schema(description = "VERDICT") Verdict verdict,
            @Schema(description = "SENTENCED: whether the sentence was increased for hostility (Sentencing Act 2020 s.66)") Boolean upliftApplied,
            @Schema(description = "SENTENCED: why the uplift was or was not applied, as a code", example = "HOSTILITY_DEMONSTRATED")
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String upliftReason,
            @Schema(description = "CLOSED: the Home Office outcome code (configured list)", example = "1")
            @Pattern(regexp = "[0-9]{1,2}[A-Z]?", message = "a Home Office outcome code such as 1 or 15") String outcomeCode) {

        StageChange toChange() {
            return new StageChange(stage, reasonCode, crimeReference, recordedAs, recordingReason, suspectReference, bailConditions,
                    hearingAt, hearingType, verdict, upliftApplied, upliftReason, outcomeCode);
        }
    }

    @Schema(name = "HostilityEvidence")
    public record HostilityEvidenceRequest(
            @Schema(description = "Codes of the evidence of hostility the force holds; replaces the list",
                    example = "[\"HOSTILE_WORDS\", \"VICTIM_PERCEPTION\"]")
            @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String> evidence) {
    }

    @Schema(name = "OfficerAssignment")
    public record OfficerRequest(
            @Schema(description = "The force's own identifier of the dedicated hate crime officer (collar number or staff id)",
                    example = "PC-4512")
            @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,39}", message = "letters, digits, '.', '_' and '-', up to 40") String officerId) {
    }

    @Schema(name = "HateCrimeFlag")
    public record FlagRequest(
            @Schema(description = "Whether the case is flagged as a hate crime") @NotNull Boolean flagged,
            @Schema(description = "Why, as a code", example = "HOSTILITY_EVIDENCE_INSUFFICIENT")
            @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE) String reasonCode) {
    }

    @Schema(name = "VictimTold")
    public record VictimToldRequest(
            @Schema(description = "How the victim was told, as a code", example = "PHONE")
            @NotNull @Pattern(regexp = "PHONE|LETTER|EMAIL|IN_PERSON|VIA_VICTIM_SERVICE",
                    message = "one of PHONE, LETTER, EMAIL, IN_PERSON, VIA_VICTIM_SERVICE") String method,
            @Schema(description = "When the victim was told") @NotNull OffsetDateTime toldAt) {
    }

    @Schema(name = "ReviewOutcomeRecord")
    public record ReviewOutcomeRequest(@Schema(description = "What the review found") @NotNull ReviewOutcome outcome) {
    }
}
