package org.hatecrime.kit.publicaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.time.SettableClock;
import org.hatecrime.testkit.PlatformTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proof of work of anonymous submissions, as an attacker would try to get round it. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ProofOfWorkTest {

    private static final String PURPOSE = "test-submission";
    private static final int DIFFICULTY = 12;
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    @Inject
    Sql sql;

    private SettableClock clock;
    private ProofOfWork work;

    @BeforeEach
    void newService() {
        clock = TestSettings.clock();
        work = new ProofOfWork(sql, TestSettings.config(Duration.ofSeconds(1), Duration.ofMinutes(1), DIFFICULTY, LIFETIME), clock);
    }

    /** What a client does: count up until the hash starts with enough zero bits. */
    static String solve(ProofOfWork.Challenge challenge) {
        for (long counter = 0; ; counter++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge.challenge() + counter)) >= challenge.difficulty()) {
                return challenge.challenge() + ":" + counter;
            }
        }
    }

    @Test
    void aSolvedChallengeIsAcceptedOnce() {
        String answer = solve(work.issue(PURPOSE));

        work.spend(PURPOSE, answer);

        assertRefused(answer, "used already");
    }

    @Test
    void aMissingOrMalformedAnswerIsNamed() {
        assertRefused(null, "required");
        assertRefused("", "required");
        assertRefused("no-counter-here", "<challenge>:<counter>");
        assertRefused("v1.test-submission.forged:12", "not a challenge this service issued");
    }

    @Test
    void aCounterThatDoesNotSolveTheChallengeIsRefused() {
        ProofOfWork.Challenge challenge = work.issue(PURPOSE);
        long counter = 0;
        while (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge.challenge() + counter)) >= DIFFICULTY) {
            counter++;
        }

        assertRefused(challenge.challenge() + ":" + counter, "does not solve");
    }

    @Test
    void aChallengeWithItsDifficultyLoweredOrItsExpiryMovedIsNotOurs() {
        ProofOfWork.Challenge challenge = work.issue(PURPOSE);
        String easier = challenge.challenge().replace("." + DIFFICULTY + ".", ".0.");
        String[] parts = challenge.challenge().split("\\.");
        String later = challenge.challenge().replace("." + parts[3] + ".", "." + (Long.parseLong(parts[3]) + 86_400) + ".");

        assertRefused(easier + ":0", "not a challenge this service issued");
        assertRefused(later + ":0", "not a challenge this service issued");
    }

    @Test
    void aChallengeFromAnotherServiceKeyIsNotOurs() {
        ProofOfWork elsewhere = new ProofOfWork(sql, TestSettings.config(java.util.Optional.of(TestSettings.PEPPER),
                java.util.Optional.of(TestSettings.PEPPER), Duration.ofSeconds(1), Duration.ofMinutes(1), DIFFICULTY, LIFETIME), clock);

        assertRefused(solve(elsewhere.issue(PURPOSE)), "not a challenge this service issued");
    }

    @Test
    void anExpiredChallengeIsRefused() {
        String answer = solve(work.issue(PURPOSE));
        clock.advance(LIFETIME);

        assertRefused(answer, "expired");
    }

    @Test
    void aChallengeForAnotherKindOfSubmissionIsRefused() {
        String answer = solve(work.issue("another-submission"));

        assertRefused(answer, "another kind of submission");
    }

    @Test
    void spentChallengesAreForgottenOnceTheyHaveExpired() {
        String answer = solve(work.issue(PURPOSE));
        work.spend(PURPOSE, answer);
        String nonce = answer.split("\\.")[2];
        clock.advance(LIFETIME.plusSeconds(1));

        work.spend(PURPOSE, solve(work.issue(PURPOSE)));

        assertThat(sql.number("select count(*) from spent_challenge where nonce = ?", nonce)).isZero();
    }

    @Test
    void zeroDifficultyNeedsNoWorkButStillASignedUnusedChallenge() {
        ProofOfWork free = new ProofOfWork(sql, TestSettings.config(Duration.ofSeconds(1), Duration.ofMinutes(1), 0, LIFETIME), clock);
        String answer = free.issue(PURPOSE).challenge() + ":0";

        free.spend(PURPOSE, answer);

        assertThatThrownBy(() -> free.spend(PURPOSE, answer)).hasMessageContaining("used already");
    }

    @Test
    void leadingZeroBitsAreCountedAcrossBytes() {
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0, (byte) 0x80})).isEqualTo(16);
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0x01})).isEqualTo(15);
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {(byte) 0xff})).isZero();
    }

    private void assertRefused(String answer, String reason) {
        assertThatThrownBy(() -> work.spend(PURPOSE, answer))
                .isInstanceOfSatisfying(DomainException.InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo(ProofOfWork.HEADER);
                    assertThat(e.reason()).contains(reason);
                });
    }
}
