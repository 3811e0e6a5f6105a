package org.hatecrime.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RandomnessTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 5_000;

    @Test
    void idsAreVersionFourUuidsThatParseBackAsThemselves() {
        UUID id = Randomness.uuid();

        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void threadsDrawingAtOnceNeverDrawTheSameId() throws InterruptedException {
        Set<UUID> drawn = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            threads.execute(() -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    drawn.add(Randomness.uuid());
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(drawn).hasSize(THREADS * PER_THREAD);
    }

    @Test
    void eachThreadHasItsOwnStrongGenerator() throws InterruptedException {
        Object[] other = new Object[1];
        Thread thread = new Thread(() -> other[0] = Randomness.generator());
        thread.start();
        thread.join();

        assertThat(Randomness.generator()).isSameAs(Randomness.generator()).isNotSameAs(other[0]);
        assertThat(Randomness.generator().getAlgorithm()).isEqualTo("DRBG");
        assertThat(Randomness.generator().getParameters().toString()).contains("256");
    }
}
