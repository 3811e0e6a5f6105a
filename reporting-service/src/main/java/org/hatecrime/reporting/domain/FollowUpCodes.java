package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.text.Sha256;
import org.hatecrime.reporting.config.IntakeConfig;

/**
 * Follow-up codes for anonymous reporters: shown once, stored only as a hash, and protected against
 * guessing by counting failures per reference — whether or not the reference exists, so a locked
 * answer reveals nothing.
 */
@ApplicationScoped
public class FollowUpCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final IntakeConfig.FollowUps limits;

    FollowUpCodes(EntityManager entityManager, IntakeConfig config) {
        this.entityManager = entityManager;
        this.limits = config.followUps();
    }

    /** Gives a report just received a new follow-up code, stored only as its hash; the code is shown once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(Report report) {
        String code = newCode();
        report.followUpCodeHash = hash(report.reference, code);
        entityManager.createNativeQuery("update report set follow_up_code_hash = ?1 where id = ?2")
                .setParameter(1, report.followUpCodeHash).setParameter(2, report.id).executeUpdate();
        return code;
    }

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    public static String hash(String reference, String code) {
        return Sha256.hex(reference + ":" + code.trim().toUpperCase());
    }

    /** The report for a reference and code; a wrong code and an unknown reference look the same. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Report verify(String reference, String code) {
        refuseWhileLocked(reference);
        List<Report> found = Report.list("reference", reference);
        if (found.isEmpty() || found.get(0).followUpCodeHash == null
                || !MessageDigest.isEqual(found.get(0).followUpCodeHash.getBytes(StandardCharsets.UTF_8),
                        hash(reference, code).getBytes(StandardCharsets.UTF_8))) {
            recordFailure(reference);
            throw ProblemException.notFound("report with that reference and code");
        }
        return found.get(0);
    }

    private void refuseWhileLocked(String reference) {
        @SuppressWarnings("unchecked")
        List<Timestamp> lockedUntil = entityManager.createNativeQuery(
                        "select locked_until from follow_up_attempt where reference = ?1 and locked_until > now()")
                .setParameter(1, reference).getResultList();
        if (!lockedUntil.isEmpty()) {
            throw ProblemException.tooManyRequests("Too many wrong codes for this reference; try again later");
        }
    }

    private void recordFailure(String reference) {
        Instant windowStart = Instant.now().minus(limits.failureWindow());
        entityManager.createNativeQuery("""
                        insert into follow_up_attempt (reference, failures, window_start) values (?1, 1, now())
                        on conflict (reference) do update set
                          failures = case when follow_up_attempt.window_start < ?2 then 1 else follow_up_attempt.failures + 1 end,
                          window_start = case when follow_up_attempt.window_start < ?2 then now() else follow_up_attempt.window_start end,
                          locked_until = case when follow_up_attempt.window_start >= ?2 and follow_up_attempt.failures + 1 >= ?3
                                              then now() + ?4 * interval '1 second' else follow_up_attempt.locked_until end""")
                .setParameter(1, reference)
                .setParameter(2, Timestamp.from(windowStart))
                .setParameter(3, limits.maxFailures())
                .setParameter(4, limits.lockout().toSeconds())
                .executeUpdate();
    }
}
