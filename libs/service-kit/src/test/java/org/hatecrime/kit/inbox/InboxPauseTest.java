package org.hatecrime.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The wait between attempts at a failing event doubles, but only as far as configured. */
class InboxPauseTest {

    @Test
    void thePauseDoublesAfterEachFailureUpToTheLongestBackoff() {
        InboxConfig config = config(Duration.ofMillis(200), Duration.ofSeconds(10), 20);

        assertThat(pauses(config, 8)).containsExactly(200L, 400L, 800L, 1600L, 3200L, 6400L, 10000L, 10000L);
    }

    @Test
    void thePauseDoublesNoMoreOftenThanConfigured() {
        InboxConfig config = config(Duration.ofMillis(100), Duration.ofSeconds(10), 2);

        assertThat(pauses(config, 5)).containsExactly(100L, 200L, 400L, 400L, 400L);
    }

    @Test
    void aVeryLateAttemptStillWaitsTheLongestBackoffAndNoLonger() {
        InboxConfig config = config(Duration.ofMillis(200), Duration.ofSeconds(10), 1000);

        assertThat(Inbox.pauseAfter(10_000, config)).isEqualTo(Duration.ofSeconds(10));
    }

    private static long[] pauses(InboxConfig config, int attempts) {
        return IntStream.rangeClosed(1, attempts).mapToLong(attempt -> Inbox.pauseAfter(attempt, config).toMillis()).toArray();
    }

    private static InboxConfig config(Duration retryBackoff, Duration maxBackoff, int maxDoublings) {
        return new InboxConfig() {
            public String consumer() {
                return "test-consumer";
            }

            public int maxAttempts() {
                return 3;
            }

            public Duration retryBackoff() {
                return retryBackoff;
            }

            public Duration maxBackoff() {
                return maxBackoff;
            }

            public int maxDoublings() {
                return maxDoublings;
            }

            public Duration databaseOutageLimit() {
                return Duration.ofMinutes(2);
            }

            public Duration deadLetterTimeout() {
                return Duration.ofSeconds(30);
            }
        };
    }
}
