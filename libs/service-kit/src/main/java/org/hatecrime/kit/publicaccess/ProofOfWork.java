package org.hatecrime.kit.publicaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;

/**
 * A small cost on every anonymous submission, paid by the sender's processor and needing no third
 * party: the service hands out a challenge it signed (purpose, nonce, expiry, difficulty, under an
 * HMAC key from configuration); the client searches for a counter such that
 * SHA-256(challenge || counter) starts with {@code difficulty} zero bits, and sends both with its
 * submission. The service checks the signature, the expiry and the work, and spends the challenge
 * in the submission's own transaction: a challenge answers one submission only, and a submission
 * that fails its other checks does not use it up.
 */
@ApplicationScoped
public class ProofOfWork {

    /** The header that carries the answer: {@code <challenge>:<counter>}. */
    public static final String HEADER = "Proof-Of-Work";
    static final String VERSION = "v1";
    private static final int NONCE_BYTES = 16;
    private static final int MAX_COUNTER_DIGITS = 20;
    private static final Pattern CHALLENGE = Pattern.compile(
            "v1\\.([a-z][a-z0-9-]{0,39})\\.([A-Za-z0-9_-]{22})\\.([0-9]{1,12})\\.([0-9]{1,2})\\.([A-Za-z0-9_-]{43})");
    private static final Pattern ANSWER = Pattern.compile("([^:]{1,200}):([0-9]{1," + MAX_COUNTER_DIGITS + "})");

    private final Sql sql;
    private final PublicAccessConfig.ProofOfWork config;
    private final Optional<byte[]> key;
    private final Clock clock;

    ProofOfWork(Sql sql, PublicAccessConfig config, Clock clock) {
        this.sql = sql;
        this.config = config.proofOfWork();
        this.key = PublicAccessKeys.challengeKey(config);
        this.clock = clock;
    }

    /** A challenge to solve: the text to hash, the zero bits wanted, and until when it may be answered. */
    @Schema(name = "ProofOfWorkChallenge", description = "Find a counter (decimal digits) such that SHA-256 of the challenge's text "
            + "followed by the counter starts with `difficulty` zero bits; send `<challenge>:<counter>` in the Proof-Of-Work header "
            + "of the submission before `expiresAt`. Each challenge answers one submission.")
    public record Challenge(
            @Schema(description = "The signed challenge text, hashed as UTF-8 with the counter appended",
                    example = "v1.public-report.q3K9zZ0mWm2n6y0C1xT7Qg.1795200000.18.8Qm1o0Xo6l3xVvGx2X3p6qYb4V2dVvA0r0G6Jc2y8Ys")
            String challenge,
            @Schema(description = "Leading zero bits the hash must have (0: any counter will do)", example = "18") int difficulty,
            @Schema(description = "The challenge must be answered before this time", example = "2026-11-20T18:40:00Z")
            OffsetDateTime expiresAt) {
    }

    /** A new signed challenge for one submission of the given purpose (e.g. {@code public-report}). */
    public Challenge issue(String purpose) {
        byte[] nonce = new byte[NONCE_BYTES];
        Randomness.generator().nextBytes(nonce);
        Instant expiresAt = clock.instant().plus(config.lifetime());
        String unsigned = String.join(".", VERSION, purpose, Base64.getUrlEncoder().withoutPadding().encodeToString(nonce),
                Long.toString(expiresAt.getEpochSecond()), Integer.toString(config.difficulty()));
        return new Challenge(unsigned + "." + sign(unsigned), config.difficulty(), OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
    }

    /**
     * Checks the answer to a challenge of this purpose and spends the challenge.
     *
     * @throws DomainException.InvalidValue naming the {@value #HEADER} header: missing, malformed,
     *         not ours, for another purpose, expired, not enough work, or already used
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spend(String purpose, String answer) {
        if (answer == null || answer.isBlank()) {
            throw refused("required: fetch a challenge and send <challenge>:<counter>");
        }
        Matcher parts = ANSWER.matcher(answer.trim());
        if (!parts.matches()) {
            throw refused("must be <challenge>:<counter>");
        }
        String challenge = parts.group(1);
        Matcher fields = CHALLENGE.matcher(challenge);
        if (!fields.matches()) {
            throw refused("not a challenge this service issued");
        }
        String unsigned = challenge.substring(0, challenge.lastIndexOf('.'));
        if (!MessageDigest.isEqual(sign(unsigned).getBytes(StandardCharsets.US_ASCII), fields.group(5).getBytes(StandardCharsets.US_ASCII))) {
            throw refused("not a challenge this service issued");
        }
        if (!fields.group(1).equals(purpose)) {
            throw refused("the challenge was issued for another kind of submission");
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields.group(3)));
        if (!clock.instant().isBefore(expiresAt)) {
            throw refused("the challenge has expired: fetch a new one");
        }
        if (leadingZeroBits(sha256(challenge + parts.group(2))) < Integer.parseInt(fields.group(4))) {
            throw refused("the counter does not solve the challenge");
        }
        OffsetDateTime expiry = OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC);
        int recorded = sql.update("insert into spent_challenge (nonce, expires_at) values (?, ?) on conflict (nonce) do nothing",
                fields.group(2), expiry);
        if (recorded == 0) {
            throw refused("the challenge has been used already: fetch a new one");
        }
        forgetExpired();
    }

    /** Spent challenges are kept only until they expire: after that the expiry alone refuses them. */
    private void forgetExpired() {
        sql.update("""
                delete from spent_challenge where nonce in (
                  select nonce from spent_challenge where expires_at < ? limit 100 for update skip locked)""",
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private String sign(String unsigned) {
        byte[] secret = key.orElseThrow(() -> PublicAccessKeys.missing(PublicAccessKeys.CHALLENGE_KEY));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static DomainException.InvalidValue refused(String reason) {
        return new DomainException.InvalidValue(HEADER, reason);
    }
}
