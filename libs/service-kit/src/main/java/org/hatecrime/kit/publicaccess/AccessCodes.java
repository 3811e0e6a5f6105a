package org.hatecrime.kit.publicaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
 * <p>What is stored names its pepper, {@code hmac-sha256:<pepper id>:<hex>}, so the pepper can be
 * replaced: codes stored under a replaced pepper ({@code previous-peppers}) are still accepted and
 * stored again under the current one the first time their code is given. Also accepted and stored
 * again: codes keyed before peppers were named ({@code hmac-sha256:<hex>}, under any configured
 * pepper) and codes stored before the pepper (plain SHA-256 of reference and code, 64 hex digits).
 */
@ApplicationScoped
public class AccessCodes {

    /** No 0/O, 1/I/L or U: read aloud and typed from a phone without mistakes. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 12;
    static final String KEYED = "hmac-sha256:";
    private static final String NOTHING = "0".repeat(64);

    private final GuessDelays delays;
    private final Optional<Pepper> pepper;
    private final List<Pepper> previous;

    AccessCodes(GuessDelays delays, PublicAccessConfig config) {
        this.delays = delays;
        this.pepper = PublicAccessKeys.codePepper(config).map(Pepper::new);
        this.previous = PublicAccessKeys.previousCodePeppers(config).stream().map(Pepper::new).toList();
    }

    /** A right code; when it was stored under another pepper or the old way, what to store instead. */
    public record Verified(Optional<String> rehashed) {
    }

    /** A pepper and the id that names it in what is stored: the start of a keyed hash of a fixed text, which tells nothing of the key. */
    private record Pepper(byte[] key, String id) {

        Pepper(byte[] key) {
            this(key, hmacHex(key, "follow-up code pepper").substring(0, 8));
        }
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

    /** What is stored for a reference's code: the keyed hash under the current pepper, marked with the pepper's id. */
    public String hash(String reference, String code) {
        Pepper current = current();
        return KEYED + current.id() + ":" + hmacHex(current.key(), message(reference, code));
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
        Pepper current = current();
        String expected = stored.orElse(KEYED + current.id() + ":" + NOTHING);
        boolean right;
        boolean storedUnderCurrent = false;
        if (!expected.startsWith(KEYED)) {
            right = same(Sha256.hex(message(reference, code)), expected);
        } else {
            String keyed = expected.substring(KEYED.length());
            int colon = keyed.indexOf(':');
            if (colon < 0) {
                right = false;
                for (Pepper candidate : peppers()) {
                    right |= same(hmacHex(candidate.key(), message(reference, code)), keyed);
                }
            } else {
                String id = keyed.substring(0, colon);
                Optional<Pepper> named = peppers().stream().filter(p -> p.id().equals(id)).findFirst();
                right = named.isPresent() && same(hmacHex(named.get().key(), message(reference, code)), keyed.substring(colon + 1));
                storedUnderCurrent = id.equals(current.id());
            }
        }
        if (stored.isEmpty() | !right) {
            throw new DomainException.NotFound(what + " with that reference and code");
        }
        delays.clear(purpose, reference);
        return new Verified(storedUnderCurrent ? Optional.empty() : Optional.of(hash(reference, code)));
    }

    private Pepper current() {
        return pepper.orElseThrow(() -> PublicAccessKeys.missing(PublicAccessKeys.CODE_PEPPER));
    }

    /** The current pepper, then the replaced ones. */
    private List<Pepper> peppers() {
        List<Pepper> all = new ArrayList<>();
        all.add(current());
        all.addAll(previous);
        return all;
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String message(String reference, String code) {
        return reference + ":" + code.trim().toUpperCase(Locale.ROOT);
    }

    private static String hmacHex(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
