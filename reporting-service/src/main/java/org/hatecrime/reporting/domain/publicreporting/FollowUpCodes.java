package org.hatecrime.reporting.domain.publicreporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.text.Sha256;
import org.hatecrime.reporting.config.IntakeConfig;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.Reports;

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

    private final Sql sql;
    private final Reports reports;
    private final IntakeConfig.FollowUps limits;
    private final Clock clock;

    FollowUpCodes(Sql sql, Reports reports, IntakeConfig config, Clock clock) {
        this.sql = sql;
        this.reports = reports;
        this.limits = config.followUps();
        this.clock = clock;
    }

    /** Gives a report just received a new follow-up code, stored only as its hash; the code is shown once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(Report report) {
        String code = newCode();
        report.giveFollowUpCode(hash(report.reference(), code));
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
    @Transactional(dontRollbackOn = DomainException.class)
    public Report verify(String reference, String code) {
        refuseWhileLocked(reference);
        Report report = reports.byReference(reference).orElse(null);
        if (report == null || report.followUpCodeHash() == null
                || !MessageDigest.isEqual(report.followUpCodeHash().getBytes(StandardCharsets.UTF_8),
                        hash(reference, code).getBytes(StandardCharsets.UTF_8))) {
            recordFailure(reference);
            throw new DomainException.NotFound("report with that reference and code");
        }
        return report;
    }

    private void refuseWhileLocked(String reference) {
        if (sql.number("select count(*) from follow_up_attempt where reference = ? and locked_until > ?", reference,
                Timestamp.from(clock.instant())) > 0) {
            throw new DomainException.TooManyAttempts("Too many wrong codes for this reference; try again later");
        }
    }

    private void recordFailure(String reference) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(limits.failureWindow()));
        sql.update("""
                insert into follow_up_attempt (reference, failures, window_start) values (?, 1, ?)
                on conflict (reference) do update set
                  failures = case when follow_up_attempt.window_start < ? then 1 else follow_up_attempt.failures + 1 end,
                  window_start = case when follow_up_attempt.window_start < ? then excluded.window_start else follow_up_attempt.window_start end,
                  locked_until = case when follow_up_attempt.window_start >= ? and follow_up_attempt.failures + 1 >= ?
                                      then ? else follow_up_attempt.locked_until end""",
                reference, Timestamp.from(now), windowStart, windowStart, windowStart, limits.maxFailures(),
                Timestamp.from(now.plus(limits.lockout())));
    }
}
