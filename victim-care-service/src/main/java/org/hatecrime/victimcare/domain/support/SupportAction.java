package org.hatecrime.victimcare.domain.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One action of a support plan: what (sealed: it is about the victim), who does it, by when, and where it stands. */
@Entity
@Table(name = "support_action")
public class SupportAction {

    @Id
    private UUID id;

    /** What is to be done, sealed with the victim's key and bound to this action. */
    @Column(name = "sealed_description", nullable = false)
    private byte[] sealedDescription;

    @Column(nullable = false)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected SupportAction() {
    }

    SupportAction(UUID id, byte[] sealedDescription, String owner, LocalDate dueOn, OffsetDateTime at) {
        this.id = id;
        this.sealedDescription = sealedDescription;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = ActionStatus.OPEN;
        this.createdAt = at;
        this.changedAt = at;
    }

    void change(byte[] sealedDescription, String owner, LocalDate dueOn, ActionStatus status, OffsetDateTime at) {
        this.sealedDescription = sealedDescription;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = status;
        this.changedAt = at;
    }

    public UUID id() {
        return id;
    }

    public byte[] sealedDescription() {
        return sealedDescription;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ActionStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
