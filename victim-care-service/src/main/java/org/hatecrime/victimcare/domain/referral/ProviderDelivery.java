package org.hatecrime.victimcare.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/**
 * How far a referral to a provider with its own case system got on its way there: attempts, the
 * last error (the platform's own words: an HTTP status or "unreachable", never the provider's
 * answer), when the next attempt is due, and when it was delivered with the provider's case
 * reference. Absent for providers that work in the platform. Changed only by its {@link Referral}.
 */
@Embeddable
public class ProviderDelivery {

    @Column(name = "delivery_attempts")
    private Integer attempts;

    @Column(name = "delivery_error")
    private String lastError;

    @Column(name = "delivery_last_attempt_at")
    private OffsetDateTime lastAttemptAt;

    @Column(name = "delivery_next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "provider_case_reference")
    private String providerCaseReference;

    protected ProviderDelivery() {
    }

    static ProviderDelivery dueAt(OffsetDateTime at) {
        ProviderDelivery delivery = new ProviderDelivery();
        delivery.attempts = 0;
        delivery.nextAttemptAt = at;
        return delivery;
    }

    boolean pending() {
        return deliveredAt == null;
    }

    void claimUntil(OffsetDateTime until) {
        nextAttemptAt = until;
    }

    void failed(String error, OffsetDateTime at, OffsetDateTime nextAttempt) {
        attempts = attempts + 1;
        lastError = error;
        lastAttemptAt = at;
        nextAttemptAt = nextAttempt;
    }

    void delivered(String caseReference, OffsetDateTime at) {
        attempts = attempts + 1;
        lastError = null;
        lastAttemptAt = at;
        nextAttemptAt = null;
        deliveredAt = at;
        providerCaseReference = caseReference;
    }

    /** Attempts made so far, the successful one included. */
    public int attempts() {
        return attempts == null ? 0 : attempts;
    }

    public String lastError() {
        return lastError;
    }

    public OffsetDateTime lastAttemptAt() {
        return lastAttemptAt;
    }

    /** When the next attempt is due; null once delivered. */
    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime deliveredAt() {
        return deliveredAt;
    }

    /** The provider's own reference for the referral, if its system gave one. */
    public String providerCaseReference() {
        return providerCaseReference;
    }
}
