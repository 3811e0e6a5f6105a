package org.hatecrime.victimcare.domain.selfreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.text.Sha256;
import org.hatecrime.victimcare.config.SelfReferralConfig;

/**
 * References and follow-up codes of self-referrals. The code is shown once and stored only as a
 * hash; wrong codes are counted per reference, whether or not it exists, and lock it for a while,
 * so a locked answer tells a guesser nothing.
 */
@ApplicationScoped
public class SelfReferralCodes {

    /** No 0/O, 1/I/L or U: read aloud and typed from a phone without mistakes. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sql sql;
    private final SelfReferralConfig limits;
    private final Clock clock;

    SelfReferralCodes(Sql sql, SelfReferralConfig limits, Clock clock) {
        this.sql = sql;
        this.limits = limits;
        this.clock = clock;
    }

    /** A self-referral's reference, and its follow-up code for showing once. */
    record Issued(String reference, String code) {
    }

    /** Records a new self-referral of the referral, with a new reference and code. */
    @Transactional(Transactional.TxType.MANDATORY)
    Issued issue(UUID referralId, OffsetDateTime at) {
        String reference;
        do {
            reference = "SR-" + random(4) + "-" + random(4);
        } while (sql.number("select count(*) from self_referral where reference = ?", reference) > 0);
        String code = random(CODE_LENGTH);
        sql.update("insert into self_referral (reference, referral_id, follow_up_code_hash, submitted_at) values (?, ?, ?, ?)",
                reference, referralId, hash(reference, code), at);
        return new Issued(reference, code);
    }

    /** The referral of a reference and code; a wrong code and an unknown reference look the same. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
    UUID verify(String reference, String code) {
        String normalised = reference.trim().toUpperCase(Locale.ROOT);
        refuseWhileLocked(normalised);
        record Row(UUID referralId, String hash) {
        }
        Optional<Row> row = sql.first("select referral_id, follow_up_code_hash from self_referral where reference = ?",
                r -> new Row(r.getObject(1, UUID.class), r.getString(2)), normalised);
        if (row.isEmpty() || !MessageDigest.isEqual(row.get().hash().getBytes(StandardCharsets.UTF_8),
                hash(normalised, code).getBytes(StandardCharsets.UTF_8))) {
            recordFailure(normalised);
            throw new DomainException.NotFound("self-referral with that reference and code");
        }
        return row.get().referralId();
    }

    static String hash(String reference, String code) {
        return Sha256.hex(reference + ":" + code.trim().toUpperCase(Locale.ROOT));
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    private void refuseWhileLocked(String reference) {
        if (sql.number("select count(*) from self_referral_attempt where reference = ? and locked_until > ?", reference,
                Timestamp.from(clock.instant())) > 0) {
            throw new DomainException.TooManyAttempts("Too many wrong codes for this reference; try again later");
        }
    }

    private void recordFailure(String reference) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(limits.failureWindow()));
        sql.update("""
                insert into self_referral_attempt (reference, failures, window_start) values (?, 1, ?)
                on conflict (reference) do update set
                  failures = case when self_referral_attempt.window_start < ? then 1 else self_referral_attempt.failures + 1 end,
                  window_start = case when self_referral_attempt.window_start < ? then excluded.window_start
                                      else self_referral_attempt.window_start end,
                  locked_until = case when self_referral_attempt.window_start >= ? and self_referral_attempt.failures + 1 >= ?
                                      then ? else self_referral_attempt.locked_until end""",
                reference, Timestamp.from(now), windowStart, windowStart, windowStart, limits.maxFailures(),
                Timestamp.from(now.plus(limits.lockout())));
    }
}
