package org.hatecrime.kit.publicaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;

/**
 * A growing wait between code attempts for one reference, counted whether or not the reference
 * exists. Each attempt claims its turn in one statement before the code is compared: the row is
 * locked, so of many guesses sent at once only one finds the reference open, and the others are
 * refused without being compared at all. A right code clears the wait; a wrong one doubles it, up to
 * the configured most. Nothing ever locks the reference for good, so a guesser can slow the
 * rightful reporter down but never shut them out.
 */
@ApplicationScoped
class GuessDelays {

    /** 2^30 seconds is decades: further doublings change nothing and would only overflow. */
    private static final int MAX_DOUBLINGS = 30;

    private final Sql sql;
    private final PublicAccessConfig.Codes config;
    private final Clock clock;

    GuessDelays(Sql sql, PublicAccessConfig config, Clock clock) {
        this.sql = sql;
        this.config = config.codes();
        this.clock = clock;
    }

    /** Takes this attempt's turn, pessimistically counted as a failure; refused while the reference must wait. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
    void claimTurn(String purpose, String reference) {
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        double first = config.firstDelay().toMillis() / 1000.0;
        double most = config.maxDelay().toMillis() / 1000.0;
        boolean allowed = sql.first("""
                insert into code_attempt (purpose, reference, failures, next_attempt_at)
                values (?, ?, 1, cast(? as timestamptz) + make_interval(secs => ?))
                on conflict (purpose, reference) do update set
                  failures = code_attempt.failures + 1,
                  next_attempt_at = excluded.next_attempt_at - make_interval(secs => ?)
                      + make_interval(secs => least(? * power(2, least(code_attempt.failures, ?)), ?))
                  where code_attempt.next_attempt_at <= cast(? as timestamptz)
                returning failures""",
                row -> true,
                purpose, reference, at, first, first, first, MAX_DOUBLINGS, most, at).isPresent();
        if (!allowed) {
            throw new DomainException.TooManyAttempts("Too many wrong codes for this reference; try again later", waitRemaining(purpose, reference, at));
        }
    }

    /**
     * How long the reference must still wait. The refused claim above left its row locked, so this reads
     * the same wait it was refused on; a reference nobody reported has its row like any other, so the
     * answer says nothing about whether it exists.
     */
    private Duration waitRemaining(String purpose, String reference, OffsetDateTime at) {
        OffsetDateTime next = sql.first("select next_attempt_at from code_attempt where purpose = ? and reference = ?",
                row -> row.getObject(1, OffsetDateTime.class), purpose, reference).orElse(at);
        Duration wait = Duration.between(at, next);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** The right code was given: the next attempt may come at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    void clear(String purpose, String reference) {
        sql.update("delete from code_attempt where purpose = ? and reference = ?", purpose, reference);
    }
}
