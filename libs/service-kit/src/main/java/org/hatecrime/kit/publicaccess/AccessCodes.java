package org.hatecrime.kit.publicaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.text.Sha256;

/**
 * Follow-up codes: with a reference, the whole key of a person who has no account (a public
 * reporter, a victim who referred themselves). A code is shown once and stored only as a keyed hash
 * (HMAC-SHA-256 under a pepper from configuration), so the database alone cannot confirm a guess.
 * Every attempt first takes its turn from {@link GuessDelays}; a wrong code and an unknown reference
 * cost the same work and get the same answer.
 *
 * <p>Codes stored before the pepper (plain SHA-256 of reference and code, 64 hex digits with no
 * prefix) are still accepted, and re-stored with the keyed hash the first time their code is given.
 */
@ApplicationScoped
public class AccessCodes {

    /** No 0/O, 1/I/L or U: read aloud and typed from a phone without mistakes. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 12;
    static final String KEYED = "hmac-sha256:";

    private final GuessDelays delays;
    private final Optional<byte[]> pepper;

    AccessCodes(GuessDelays delays, PublicAccessConfig config) {
        this.delays = delays;
        this.pepper = PublicAccessKeys.codePepper(config);
    }

    /** A right code; when it was stored the old way, the keyed hash to store instead. */
    public record Verified(Optional<String> rehashed) {
    }

    /** A new code of 12 characters from an alphabet without look-alikes (about 59 bits). */
    public String newCode() {
        return random(CODE_LENGTH);
    }

    /** Random characters of the same alphabet, e.g. for references. */
    public String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[Randomness.generator().nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    /** What is stored for a reference's code: the keyed hash, marked so a later change of hash can tell them apart. */
    public String hash(String reference, String code) {
        return KEYED + hmacHex(reference, code);
    }

    /**
     * Checks a code against what is stored for a reference (nothing when the reference is unknown).
     *
     * @param purpose which codes these are (e.g. {@code follow-up}), so the waits of two kinds never mix
     * @param what the thing the reference names, for the not-found answer
     * @throws DomainException.TooManyAttempts while the reference must wait after wrong codes
     * @throws DomainException.NotFound for a wrong code and an unknown reference alike
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class) // a wrong code is counted
    public Verified verify(String purpose, String reference, String code, Optional<String> stored, String what) {
        delays.claimTurn(purpose, reference);
        String keyed = hash(reference, code);
        String expected = stored.orElse(KEYED + "0".repeat(64));
        boolean legacy = !expected.startsWith(KEYED);
        String candidate = legacy ? Sha256.hex(reference + ":" + normalised(code)) : keyed;
        if (stored.isEmpty() | !MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new DomainException.NotFound(what + " with that reference and code");
        }
        delays.clear(purpose, reference);
        return new Verified(legacy ? Optional.of(keyed) : Optional.empty());
    }

    private String hmacHex(String reference, String code) {
        byte[] key = pepper.orElseThrow(() -> PublicAccessKeys.missing(PublicAccessKeys.CODE_PEPPER));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((reference + ":" + normalised(code)).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static String normalised(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
