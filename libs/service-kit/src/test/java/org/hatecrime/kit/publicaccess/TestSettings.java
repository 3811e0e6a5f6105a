package org.hatecrime.kit.publicaccess;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hatecrime.kit.time.SettableClock;

/** Settings and a clock the tests of public access set by hand. */
final class TestSettings {

    static final String PEPPER = "dGVzdC1vbmx5LXBlcHBlci1vZi1mb2xsb3ctdXAtY29kZXMtMzJi";
    static final String CHALLENGE_KEY = "dGVzdC1vbmx5LWNoYWxsZW5nZS1rZXktb2YtcHJvb2Ytb2Ytd29yaw==";

    private TestSettings() {
    }

    static PublicAccessConfig config(Duration firstDelay, Duration maxDelay, int difficulty, Duration lifetime) {
        return config(Optional.of(PEPPER), Optional.of(CHALLENGE_KEY), firstDelay, maxDelay, difficulty, lifetime);
    }

    static PublicAccessConfig config(Optional<String> pepper, Optional<String> key, Duration firstDelay, Duration maxDelay,
            int difficulty, Duration lifetime) {
        return config(pepper, List.of(), key, firstDelay, maxDelay, difficulty, lifetime);
    }

    /** With peppers replaced by {@code pepper} and still accepted. */
    static PublicAccessConfig config(Optional<String> pepper, List<String> previousPeppers, Optional<String> key, Duration firstDelay,
            Duration maxDelay, int difficulty, Duration lifetime) {
        PublicAccessConfig.Codes codes = new PublicAccessConfig.Codes() {
            public Optional<String> pepper() {
                return pepper;
            }

            public Optional<List<String>> previousPeppers() {
                return previousPeppers.isEmpty() ? Optional.empty() : Optional.of(previousPeppers);
            }

            public Duration firstDelay() {
                return firstDelay;
            }

            public Duration maxDelay() {
                return maxDelay;
            }
        };
        PublicAccessConfig.ProofOfWork work = new PublicAccessConfig.ProofOfWork() {
            public Optional<String> key() {
                return key;
            }

            public int difficulty() {
                return difficulty;
            }

            public Duration lifetime() {
                return lifetime;
            }
        };
        return new PublicAccessConfig() {
            public boolean required() {
                return true;
            }

            public Codes codes() {
                return codes;
            }

            public ProofOfWork proofOfWork() {
                return work;
            }
        };
    }

    /** A clock the test moves by hand, started at a different second in each run. */
    static SettableClock clock() {
        return new SettableClock(Instant.parse("2026-11-20T18:30:00Z").plusSeconds(System.nanoTime() % 100_000));
    }
}
