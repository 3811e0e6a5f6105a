package org.hatecrime.victimcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.victimcare.domain.victimscode.ClockReading;
import org.hatecrime.victimcare.domain.victimscode.VictimsCodeWork;

/** The Victims' Code clocks and evidence of one of your referrals. Only maps HTTP to the domain. */
@Path("/api/v1/referrals/{id}")
@Tag(name = "Victims' Code")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralResource.VICTIM_CARE)
public class ReferralVictimsCodeResource {

    private final VictimsCodeWork work;

    ReferralVictimsCodeResource(VictimsCodeWork work) {
        this.work = work;
    }

    @GET
    @Path("/victims-code")
    @Operation(operationId = "getReferralVictimsCode", summary = "The Victims' Code clocks and evidence of one of your referrals",
            description = "Role: `victim-care`. Each clock read from the referral as it stands now: started at the victim's consent, "
                    + "due by the end of its last working day (shorter with enhanced rights), met, missed, stopped by the referral "
                    + "ending first, or paused while contact must stop; and the evidence recorded per right.")
    @APIResponse(responseCode = "200", description = "The referral's clocks and evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralVictimsCodeView.class),
                    examples = @ExampleObject(name = "first contact overdue", value = VictimsCodeExamples.REFERRAL_CLOCKS)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not role `victim-care`, or a token without agency")
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service")
    public ReferralVictimsCodeView get(@Parameter(description = "The referral's id") @PathParam("id") UUID id) {
        return ReferralVictimsCodeView.of(work.ofReferral(id));
    }

    @POST
    @Path("/victims-code-evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordVictimsCodeEvidence", summary = "Record that a right of the Code was met for the referral's victim",
            description = "Role: `victim-care`. A code for one of the rights the service records: 1 (`INTERPRETER_ARRANGED`, "
                    + "`LANGUAGE_RECORDED`), 3 (`INFORMATION_GIVEN`, `NEXT_STEPS_EXPLAINED`), 4 (`SUPPORT_SERVICES_EXPLAINED`), 7 "
                    + "(`PERSONAL_STATEMENT_OFFERED`), 12 (`COMPLAINT_RECORDED`, `COMPLAINTS_PROCESS_EXPLAINED`), and when it happened. "
                    + "Codes only, no free text. Audited.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceRequest.class),
            examples = @ExampleObject(name = "interpreter arranged", value = VictimsCodeExamples.EVIDENCE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class),
                    examples = @ExampleObject(name = "recorded", value = VictimsCodeExamples.EVIDENCE)))
    @APIResponse(responseCode = "400", description = "A right the service does not record, a code not of that right, or a time in "
            + "the future; each violation names its field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not role `victim-care`, or a token without agency")
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service")
    public Response recordEvidence(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
            @Valid @NotNull EvidenceRequest request) {
        VictimsCodeWork.Evidence evidence = work.recordEvidence(id, request.right(), request.evidenceCode(), request.recordedAt());
        return Response.status(Response.Status.CREATED).entity(EvidenceView.of(evidence)).build();
    }

    /** Evidence that a right was met: codes only. */
    @Schema(name = "VictimsCodeEvidenceRequest")
    public record EvidenceRequest(
            @Schema(description = "The right of the Code: 1, 3, 4, 7 or 12", example = "1") @NotNull @Min(1) @Max(12) Integer right,
            @Schema(description = "What was done, as a code of that right", example = "INTERPRETER_ARRANGED")
            @NotNull @Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "an upper-case code such as INTERPRETER_ARRANGED") String evidenceCode,
            @Schema(description = "When it was done") @NotNull @PastOrPresent OffsetDateTime recordedAt) {
    }

    /** Evidence recorded for a right. */
    @Schema(name = "VictimsCodeEvidence")
    public record EvidenceView(UUID id, @Schema(example = "1") int right, @Schema(example = "INTERPRETER_ARRANGED") String evidenceCode,
            OffsetDateTime recordedAt, @Schema(description = "Who recorded it") String recordedBy) {

        static EvidenceView of(VictimsCodeWork.Evidence e) {
            return new EvidenceView(e.id(), e.right().number(), e.code().name(), e.recordedAt(), e.recordedBy());
        }
    }

    /** The clocks and evidence of one referral. */
    @Schema(name = "ReferralVictimsCode")
    public record ReferralVictimsCodeView(UUID referralId,
            @Schema(description = "Whether the shorter targets of enhanced rights apply") boolean enhancedRights,
            @Schema(description = "When the clocks were read: DUE and OVERDUE are as of then") Instant readAt,
            List<ReferralClockView> clocks, List<EvidenceView> evidence) {

        /** One clock of the referral. */
        @Schema(name = "ReferralVictimsCodeClock")
        public record ReferralClockView(
                @Schema(enumeration = {"REFERRAL_PASSED_ON", "FIRST_CONTACT_ATTEMPT"}) String clock,
                @Schema(example = "4") int right,
                @Schema(description = "The victim's consent") OffsetDateTime startedAt,
                int targetWorkingDays, LocalDate lastWorkingDay,
                @Schema(description = "When the target passes: the end of its last working day") OffsetDateTime dueAt,
                OffsetDateTime metAt, OffsetDateTime stoppedAt,
                @Schema(description = "Since when contact must stop, while the clock is paused") OffsetDateTime pausedSince,
                @Schema(enumeration = {"DUE", "OVERDUE", "PAUSED", "MET", "MISSED", "STOPPED"}) String state) {

            static ReferralClockView of(ClockReading r, Instant now) {
                return new ReferralClockView(r.clock().name(), r.right().number(), r.startedAt(), r.targetWorkingDays(), r.due().lastDay(),
                        r.due().passesAt().atOffset(ZoneOffset.UTC), r.metAt(), r.stoppedAt(), r.pausedSince(),
                        r.stateAt(now).name());
            }
        }

        static ReferralVictimsCodeView of(VictimsCodeWork.ReferralRecord record) {
            return new ReferralVictimsCodeView(record.referral().id(), record.referral().enhancedRights(), record.readAt(),
                    record.clocks().stream().map(c -> ReferralClockView.of(c, record.readAt())).toList(),
                    record.evidence().stream().map(EvidenceView::of).toList());
        }
    }
}
