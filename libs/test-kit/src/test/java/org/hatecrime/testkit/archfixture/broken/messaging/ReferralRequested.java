package org.hatecrime.testkit.archfixture.broken.messaging;

import java.util.UUID;

public record ReferralRequested(UUID reportId, String provider) {
}
