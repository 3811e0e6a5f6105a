package org.hatecrime.victimcare.domain.referral.delivery;

/**
 * A provider's case system did not take a referral now. The message is the platform's own short
 * description (shown to staff as the delivery error): an HTTP status, "unreachable" or "circuit
 * open", never the provider's answer, which could quote personal data.
 */
public class ProviderUnavailable extends RuntimeException {

    public ProviderUnavailable(String message) {
        super(message);
    }
}
