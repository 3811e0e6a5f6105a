package org.hatecrime.analytics.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hatecrime.analytics.messaging.rebuild.RebuildCaughtUpWithStart;

/**
 * Holds a rebuild once it has applied every record that was on the topics when it started, so a
 * test can publish events, read and start again while it runs, then lets it catch up and switch over.
 */
@ApplicationScoped
public class RebuildGate {

    private static final Duration LONGEST_HOLD = Duration.ofSeconds(120);

    private volatile CountDownLatch held;
    private volatile CountDownLatch released;

    /** The next rebuild stops when it has caught up with the start, until {@link #release()}. */
    void holdNext() {
        held = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    void onCaughtUpWithStart(@Observes RebuildCaughtUpWithStart caughtUp) throws InterruptedException {
        CountDownLatch release = released;
        if (release != null) {
            held.countDown();
            release.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void awaitHeld(Duration within) throws InterruptedException {
        if (!held.await(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the rebuild did not reach the end of the topics as they were at its start");
        }
    }

    void release() {
        CountDownLatch release = released;
        released = null;
        if (release != null) {
            release.countDown();
        }
    }
}
