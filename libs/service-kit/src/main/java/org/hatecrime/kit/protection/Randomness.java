package org.hatecrime.kit.protection;

import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * The platform's source of random ids, keys, nonces and codes: a cryptographically strong
 * generator per thread.
 *
 * <p>{@code UUID.randomUUID()} and {@code new SecureRandom()} share one generator per JVM that
 * reads the kernel's pool under a global lock; a report takes several draws (its id, the outbox
 * event's, the subject key, nonces), and under load request threads queued on that lock. Each
 * thread here has its own NIST SP 800-90A generator (Hash_DRBG, 256-bit strength), seeded from
 * the operating system's entropy when the thread first draws.
 */
public final class Randomness {

    private static final int STRENGTH_BITS = 256;
    private static final ThreadLocal<SecureRandom> PER_THREAD = ThreadLocal.withInitial(Randomness::newGenerator);

    private Randomness() {
    }

    /** This thread's generator: for keys, nonces and codes. */
    public static SecureRandom generator() {
        return PER_THREAD.get();
    }

    /** A random (version 4) UUID drawn from this thread's generator. */
    public static UUID uuid() {
        byte[] bytes = new byte[16];
        generator().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (bytes[i] & 0xff);
            least = (least << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG",
                    DrbgParameters.instantiation(STRENGTH_BITS, DrbgParameters.Capability.RESEED_ONLY, null));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no DRBG generator in this JVM", e);
        }
    }
}
