package org.hatecrime.victimcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.kit.problem.QueryParameters;
import org.hatecrime.victimcare.domain.victimscode.ClockState;
import org.hatecrime.victimcare.domain.victimscode.ComplianceReport;
import org.hatecrime.victimcare.domain.victimscode.VictimsCodeWork;

/** Your agency's Victims' Code clocks and how well the Code was kept. Only maps HTTP to the domain. */
@Path("/api/v1/victims-code")
@Tag(name = "Victims' Code", description = "Clocks due and overdue, breaches and compliance per right of the Code")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralResource.VICTIM_CARE)
public class VictimsCodeResource {

    static final String STATES = "DUE|OVERDUE|PAUSED|MET|MISSED|STOPPED";
    static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

    private final VictimsCodeWork work;
    private final ComplianceReport compliance;

    VictimsCodeResource(VictimsCodeWork work, ComplianceReport compliance) {
        this.work = work;
        this.compliance = compliance;
    }

    @GET
    @Path("/clocks")
    @Operation(operationId = "listVictimsCodeClocks", summary = "Your agency's Victims' Code clocks: due and overdue first",
            description = "Role: `victim-care`. Without `state`, every running clock of your agency's referrals (due and overdue), "
                    + "soonest due first; with it, the clocks in that state (settled ones latest first). `OVERDUE` and `MISSED` are "
                    + "breaches. A clock is due by the end of its last working day (England and Wales, Europe/London). A change that "
                    + "moves no status (enhanced rights, contact stopped) shows after the next breach check, within a minute.")
    @APIResponse(responseCode = "200", description = "One page of clocks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ClockView.class),
                    examples = @ExampleObject(name = "an overdue first contact", value = "[" + VictimsCodeExamples.CLOCK + "]")))
    @APIResponse(responseCode = "400", description = "Unknown state, or page or size out of range; each violation names its field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not role `victim-care`, or a token without agency")
    public List<ClockView> clocks(
            @Parameter(description = "Only clocks in this state", schema = @Schema(enumeration = {"DUE", "OVERDUE", "PAUSED", "MET", "MISSED", "STOPPED"}))
            @QueryParam("state") @Pattern(regexp = STATES, message = "must be one of DUE, OVERDUE, PAUSED, MET, MISSED, STOPPED") String state,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Clocks per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return work.queue(state == null ? null : ClockState.valueOf(state), page, size).stream().map(ClockView::of).toList();
    }

    @GET
    @Path("/compliance")
    @Operation(operationId = "getVictimsCodeCompliance", summary = "How well your agency kept the Code, per right",
            description = "Role: `victim-care`. For your agency's referrals whose victims consented from `from` to `to` (whole days, "
                    + "Europe/London, both included): how many there were, how many have evidence of each right the service records "
                    + "(1, 3, 4, 7, 12), and for right 4 how many of its clocks were met, breached (missed or overdue), are still due, "
                    + "paused or were stopped. Counts only.")
    @APIResponse(responseCode = "200", description = "Compliance per right",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceView.class),
                    examples = @ExampleObject(name = "November", value = VictimsCodeExamples.COMPLIANCE)))
    @APIResponse(responseCode = "400", description = "A missing or malformed day, or `to` before `from`; each violation names its field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not role `victim-care`, or a token without agency")
    public ComplianceView compliance(
            @Parameter(description = "First day of consent, e.g. 2026-11-01", example = "2026-11-01")
            @QueryParam("from") @NotNull @Pattern(regexp = DAY, message = "a day such as 2026-11-01") String from,
            @Parameter(description = "Last day of consent, included, e.g. 2026-11-30", example = "2026-11-30")
            @QueryParam("to") @NotNull @Pattern(regexp = DAY, message = "a day such as 2026-11-30") String to) {
        return ComplianceView.of(compliance.of(QueryParameters.day("from", from), QueryParameters.day("to", to)));
    }

    /** One clock of one of your referrals. */
    @Schema(name = "VictimsCodeClock")
    public record ClockView(UUID referralId,
            @Schema(description = "Which clock", enumeration = {"REFERRAL_PASSED_ON", "FIRST_CONTACT_ATTEMPT"}) String clock,
            @Schema(description = "The right of the Code it serves", example = "4") int right,
            @Schema(description = "Whether the shorter targets of enhanced rights apply") boolean enhancedRights,
            @Schema(description = "Working days from consent", example = "5") int targetWorkingDays,
            @Schema(description = "The last working day of the target") LocalDate lastWorkingDay,
            @Schema(description = "When the target passes: the end of its last working day") OffsetDateTime dueAt,
            @Schema(description = "When it was met, if it was") OffsetDateTime metAt,
            @Schema(description = "When the referral ended before meeting it, if it did") OffsetDateTime stoppedAt,
            @Schema(description = "DUE, OVERDUE (a breach), PAUSED (contact stopped by the victim), MET, MISSED (met late or ended "
                    + "after its target: a breach) or STOPPED", enumeration = {"DUE", "OVERDUE", "PAUSED", "MET", "MISSED", "STOPPED"})
            String state) {

        static ClockView of(VictimsCodeWork.QueueItem item) {
            return new ClockView(item.referralId(), item.clock().name(), item.right().number(), item.enhancedRights(),
                    item.targetWorkingDays(), item.lastWorkingDay(), item.dueAt(), item.metAt(), item.stoppedAt(), item.state().name());
        }
    }

    /** Compliance with the Code per right, for referrals consented in a period. */
    @Schema(name = "VictimsCodeCompliance")
    public record ComplianceView(LocalDate from, LocalDate to,
            @Schema(description = "Referrals your agency received whose victims consented in the period") long referrals,
            List<RightView> rights) {

        /** One right. */
        @Schema(name = "VictimsCodeRightCompliance")
        public record RightView(@Schema(example = "4") int right, String title,
                @Schema(description = "Referrals with at least one piece of evidence of this right") long referralsWithEvidence,
                @Schema(description = "The clocks serving this right (right 4 only)") List<ClockCounts> clocks) {
        }

        /** The clocks of one kind, counted by how they ended or stand. */
        @Schema(name = "VictimsCodeClockCounts")
        public record ClockCounts(String clock, long met,
                @Schema(description = "missed + overdue") long breached, long missed, long overdue, long due, long paused, long stopped) {
        }

        static ComplianceView of(ComplianceReport.Compliance c) {
            return new ComplianceView(c.from(), c.to(), c.referrals(), c.rights().stream().map(r -> new RightView(r.right().number(),
                    r.right().title(), r.referralsWithEvidence(), r.clocks().stream().map(k -> new ClockCounts(k.clock().name(), k.met(),
                            k.breached(), k.missed(), k.overdue(), k.due(), k.paused(), k.stopped())).toList())).toList());
        }
    }
}
