package org.hatecrime.kit.publicaccess;

import java.util.Base64;
import java.util.Optional;

/** Reads the public-access secrets from configuration, with an error that names the property at fault. */
final class PublicAccessKeys {

    static final String CODE_PEPPER = "hatecrime.public-access.codes.pepper";
    static final String CHALLENGE_KEY = "hatecrime.public-access.proof-of-work.key";
    static final int MIN_BYTES = 32;

    private PublicAccessKeys() {
    }

    static Optional<byte[]> codePepper(PublicAccessConfig config) {
        return config.codes().pepper().map(encoded -> decode(CODE_PEPPER, encoded));
    }

    static Optional<byte[]> challengeKey(PublicAccessConfig config) {
        return config.proofOfWork().key().map(encoded -> decode(CHALLENGE_KEY, encoded));
    }

    static IllegalStateException missing(String property) {
        return new IllegalStateException(property + " is not configured: this service cannot protect its public endpoints without it");
    }

    private static byte[] decode(String property, String encoded) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be base64 encoded", e);
        }
        if (raw.length < MIN_BYTES) {
            throw new IllegalStateException(property + " must be at least " + MIN_BYTES + " bytes, base64 encoded");
        }
        return raw;
    }
}
