package org.hatecrime.kit.protection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Protection settings for tests that build the kit's classes without Quarkus. */
record Keys(Optional<String> masterKey, Optional<String> victimKeySecret, boolean required) implements ProtectionConfig {

    static Keys none() {
        return new Keys(Optional.empty(), Optional.empty(), false);
    }

    static Keys victimKeySecret(String secret) {
        return new Keys(Optional.empty(), Optional.of(base64(secret.getBytes(StandardCharsets.UTF_8))), false);
    }

    Keys withMasterKey(byte[] raw) {
        return new Keys(Optional.of(base64(raw)), victimKeySecret, required);
    }

    Keys requiredAtStart() {
        return new Keys(masterKey, victimKeySecret, true);
    }

    @Override
    public int masterKeyVersion() {
        return 1;
    }

    @Override
    public Optional<List<String>> retiredMasterKeys() {
        return Optional.empty();
    }

    @Override
    public int rewrapBatch() {
        return 500;
    }

    @Override
    public Duration rewrapInterval() {
        return Duration.ofSeconds(30);
    }

    static String base64(byte[] raw) {
        return Base64.getEncoder().encodeToString(raw);
    }
}
