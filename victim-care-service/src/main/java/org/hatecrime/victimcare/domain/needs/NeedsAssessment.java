package org.hatecrime.victimcare.domain.needs;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.victimcare.domain.referral.Referral;

/**
 * One needs assessment of a referral's victim, as it was made: never changed afterwards. A
 * reassessment is a new one; the latest counts. It decides what a valid assessment is (every area
 * once, each with a level that fits it, enhanced rights with their reason) and records on the
 * referral whether the victim has enhanced rights under the Victims' Code. The notes are personal
 * data: they are kept only sealed with the victim's key.
 */
@Entity
@Table(name = "needs_assessment")
public class NeedsAssessment {

    @Id
    private UUID id;

    /** The order assessments were recorded in, set by the database: the highest is the latest. */
    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private UUID referralId;

    @Column(nullable = false, updatable = false)
    private String agency;

    /** The victim as a data subject: the notes are sealed with their key. */
    @Column(name = "subject_id", nullable = false, updatable = false)
    private UUID subjectId;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    private OffsetDateTime assessedAt;

    @Column(name = "assessed_by", nullable = false, updatable = false)
    private String assessedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, updatable = false)
    private NeedLevel riskLevel;

    @Column(name = "enhanced_rights", nullable = false, updatable = false)
    private boolean enhancedRights;

    @Enumerated(EnumType.STRING)
    @Column(name = "enhanced_rights_reason", updatable = false)
    private EnhancedRightsReason enhancedRightsReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "needs_assessment_level", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "domain")
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    private Map<NeedDomain, NeedLevel> levels = new EnumMap<>(NeedDomain.class);

    /** The notes per area, sealed with the victim's key and bound to this assessment; null without notes. */
    @Column(name = "sealed_notes", updatable = false)
    private byte[] sealedNotes;

    /** The caller's Idempotency-Key, so a repeated request finds this assessment instead of making another. */
    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    protected NeedsAssessment() {
    }

    /** One area as assessed: its level, and notes (personal data) if any. */
    public record Need(NeedDomain domain, NeedLevel level, String notes) {
    }

    /** What the assessor found. */
    public record Findings(List<Need> needs, boolean enhancedRights, EnhancedRightsReason enhancedRightsReason) {
    }

    /** Seals the notes of an assessment (the id it is bound to, the notes) with the victim's key. */
    public interface Sealer extends BiFunction<UUID, Map<NeedDomain, String>, byte[]> {
    }

    /**
     * Assesses the needs of the referral's victim and records on the referral whether they have
     * enhanced rights; announced as assessed.
     */
    public static NeedsAssessed assess(Referral referral, UUID subject, Findings findings, Sealer sealer, String idempotencyKey,
            String actor, OffsetDateTime at) {
        if (!referral.status().isOpen()) {
            throw new DomainException.RuleBroken("A referral that is " + referral.status() + " is no longer worked; its needs cannot be assessed");
        }
        Map<NeedDomain, NeedLevel> levels = new EnumMap<>(NeedDomain.class);
        Map<NeedDomain, String> notes = new LinkedHashMap<>();
        List<Need> needs = findings.needs() == null ? List.of() : findings.needs();
        for (int i = 0; i < needs.size(); i++) {
            Need need = needs.get(i);
            if (need == null || need.domain() == null) {
                throw new DomainException.InvalidValue("needs[" + i + "].domain", "name the area");
            }
            if (levels.containsKey(need.domain())) {
                throw new DomainException.InvalidValue("needs[" + i + "].domain", need.domain() + " is assessed twice");
            }
            if (need.level() == null || !need.domain().levels().contains(need.level())) {
                throw new DomainException.InvalidValue("needs[" + i + "].level", "must be one of " + need.domain().levels());
            }
            levels.put(need.domain(), need.level());
            if (need.notes() != null && !need.notes().isBlank()) {
                notes.put(need.domain(), need.notes().strip());
            }
        }
        for (NeedDomain domain : NeedDomain.values()) {
            if (!levels.containsKey(domain)) {
                throw new DomainException.InvalidValue("needs", "assess every area: " + domain + " is missing");
            }
        }
        if (!findings.enhancedRights() && findings.enhancedRightsReason() != null) {
            throw new DomainException.InvalidValue("enhancedRightsReason", "give a reason only when the victim has enhanced rights");
        }
        referral.recordEnhancedRights(findings.enhancedRights(),
                findings.enhancedRightsReason() == null ? null : findings.enhancedRightsReason().name());

        NeedsAssessment assessment = new NeedsAssessment();
        assessment.id = Randomness.uuid();
        assessment.referralId = referral.id();
        assessment.agency = referral.agency();
        assessment.subjectId = subject;
        assessment.assessedAt = at;
        assessment.assessedBy = actor;
        assessment.riskLevel = levels.get(NeedDomain.SAFETY);
        assessment.enhancedRights = findings.enhancedRights();
        assessment.enhancedRightsReason = findings.enhancedRightsReason();
        assessment.levels = levels;
        assessment.sealedNotes = notes.isEmpty() ? null : sealer.apply(assessment.id, notes);
        assessment.idempotencyKey = idempotencyKey;
        return new NeedsAssessed(assessment, referral);
    }

    /**
     * Whether a repeated request (same Idempotency-Key) asks for what this assessment already holds,
     * given its notes as opened.
     */
    public boolean holds(Findings findings, Map<NeedDomain, String> openedNotes) {
        if (findings.enhancedRights() != enhancedRights || findings.enhancedRightsReason() != enhancedRightsReason
                || findings.needs() == null || findings.needs().size() != levels.size()) {
            return false;
        }
        for (Need need : findings.needs()) {
            String notes = need == null || need.notes() == null || need.notes().isBlank() ? null : need.notes().strip();
            if (need == null || levels.get(need.domain()) != need.level() || !Objects.equals(notes, openedNotes.get(need.domain()))) {
                return false;
            }
        }
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID referralId() {
        return referralId;
    }

    public String agency() {
        return agency;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public OffsetDateTime assessedAt() {
        return assessedAt;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public NeedLevel riskLevel() {
        return riskLevel;
    }

    public boolean enhancedRights() {
        return enhancedRights;
    }

    public EnhancedRightsReason enhancedRightsReason() {
        return enhancedRightsReason;
    }

    /** The level of every area, in the order of {@link NeedDomain}. */
    public Map<NeedDomain, NeedLevel> levels() {
        return Collections.unmodifiableMap(new EnumMap<>(levels));
    }

    public byte[] sealedNotes() {
        return sealedNotes;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
