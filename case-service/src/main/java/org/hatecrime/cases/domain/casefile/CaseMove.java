package org.hatecrime.cases.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One move of a case: from where to where, by which party, why, who made it and when, and what it recorded. Never changes. */
@Entity
@Table(name = "case_move")
public class CaseMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", updatable = false)
    private CaseStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, updatable = false)
    private CaseStage to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Party party;

    @Column(name = "reason_code", updatable = false)
    private String reasonCode;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "bail_conditions", updatable = false)
    private String[] bailConditions;

    @Column(name = "hearing_at", updatable = false)
    private OffsetDateTime hearingAt;

    @Column(name = "hearing_type", updatable = false)
    private String hearingType;

    protected CaseMove() {
    }

    CaseMove(CaseStage from, StageChange change, Party party, String actor, OffsetDateTime at) {
        this.from = from;
        this.to = change.to();
        this.party = party;
        this.reasonCode = change.reasonCode();
        this.actor = actor;
        this.at = at;
        this.bailConditions = change.bailed() ? change.bailConditions().toArray(String[]::new) : null;
        this.hearingAt = change.hearingAt();
        this.hearingType = change.hearingType();
    }

    public CaseStage from() {
        return from;
    }

    public CaseStage to() {
        return to;
    }

    public Party party() {
        return party;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String actor() {
        return actor;
    }

    public OffsetDateTime at() {
        return at;
    }

    public List<String> bailConditions() {
        return bailConditions == null ? List.of() : Arrays.asList(bailConditions);
    }

    public OffsetDateTime hearingAt() {
        return hearingAt;
    }

    public String hearingType() {
        return hearingType;
    }
}
