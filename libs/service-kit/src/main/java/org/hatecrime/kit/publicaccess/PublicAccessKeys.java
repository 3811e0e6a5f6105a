package org.hatecrime.kit.publicaccess;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Reads the public-access secrets from configuration, with an error that names the property at fault. */
final class PublicAccessKeys {

    static final String CODE_PEPPER = "hatecrime.public-access.codes.pepper";
    static final String PREVIOUS_CODE_PEPPERS = "hatecrime.public-access.codes.previous-peppers";
    static final String CHALLENGE_KEY = "hatecrime.public-access.proof-of-work.key";
    static final int MIN_BYTES = 32;

    private PublicAccessKeys() {
    }

    static Optional<byte[]> codePepper(PublicAccessConfig config) {
        return config.codes().pepper().map(encoded -> decode(CODE_PEPPER, encoded));
    }

    static List<byte[]> previousCodePeppers(PublicAccessConfig config) {
        List<byte[]> previous = config.codes().previousPeppers().orElse(List.of()).stream()
                .filter(encoded -> !encoded.isBlank()).map(encoded -> decode(PREVIOUS_CODE_PEPPERS, encoded)).toList();
        Optional<byte[]> current = codePepper(config);
        if (current.isPresent() && previous.stream().anyMatch(old -> Arrays.equals(old, current.get()))) {
            throw new IllegalStateException(PREVIOUS_CODE_PEPPERS + " holds the current pepper: a replaced pepper must differ from it");
        }
        return previous;
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
