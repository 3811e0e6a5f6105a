package org.hatecrime.kit.publicaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.text.Sha256;
import org.hatecrime.kit.time.SettableClock;
import org.hatecrime.testkit.PlatformTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Follow-up codes against a real PostgreSQL: keyed hashes, one turn at a time, a wait that grows but never locks. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AccessCodesTest {

    private static final String PURPOSE = "test-code";
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final String NEW_PEPPER = "dGVzdC1vbmx5LXJlcGxhY2VtZW50LXBlcHBlci1vZi1mb2xsb3ctdXAtY29kZXM=";

    @Inject
    Sql sql;

    private SettableClock clock;
    private AccessCodes codes;
    private String reference;
    private String code;
    private String stored;

    @BeforeEach
    void newReference() {
        clock = TestSettings.clock();
        PublicAccessConfig config = TestSettings.config(FIRST_DELAY, MAX_DELAY, 0, Duration.ofMinutes(10));
        codes = new AccessCodes(new GuessDelays(sql, config, clock), config);
        reference = "TR-" + codes.random(8);
        code = codes.newCode();
        stored = codes.hash(reference, code);
    }

    @Test
    void theCodeIsStoredAsAKeyedHashThatTheDatabaseAloneCannotReproduce() {
        assertThat(stored).startsWith("hmac-sha256:").doesNotContain(code)
                .isNotEqualTo("hmac-sha256:" + Sha256.hex(reference + ":" + code));
        PublicAccessConfig otherPepper = TestSettings.config(Optional.of(TestSettings.CHALLENGE_KEY), Optional.empty(),
                FIRST_DELAY, MAX_DELAY, 0, Duration.ofMinutes(10));
        assertThat(new AccessCodes(null, otherPepper).hash(reference, code)).isNotEqualTo(stored);
    }

    @Test
    void theRightCodeOpensAndIsForgivingAboutCaseAndSpaces() {
        assertThat(codes.verify(PURPOSE, reference, " " + code.toLowerCase() + " ", Optional.of(stored), "record").rehashed()).isEmpty();
    }

    @Test
    void aWrongCodeAndAnUnknownReferenceGetTheSameAnswer() {
        Throwable wrongCode = catchVerify(reference, "WRONGWRONG22", Optional.of(stored));
        Throwable unknownReference = catchVerify("TR-" + codes.random(8), "WRONGWRONG22", Optional.empty());

        assertThat(wrongCode).isInstanceOf(DomainException.NotFound.class);
        assertThat(unknownReference).isInstanceOf(DomainException.NotFound.class).hasMessage(wrongCode.getMessage());
    }

    @Test
    void eachWrongCodeDoublesTheWaitAndTheRightCodeStillWorksOnceItHasPassed() {
        assertThat(catchVerify(reference, "WRONG1", Optional.of(stored))).isInstanceOf(DomainException.NotFound.class);
        // during the wait even the right code is not compared
        assertThat(catchVerify(reference, code, Optional.of(stored))).isInstanceOf(DomainException.TooManyAttempts.class);
        clock.advance(FIRST_DELAY);
        assertThat(catchVerify(reference, "WRONG2", Optional.of(stored))).isInstanceOf(DomainException.NotFound.class);
        clock.advance(FIRST_DELAY);
        assertThat(catchVerify(reference, code, Optional.of(stored)))
                .as("after the second wrong code the wait is twice the first").isInstanceOf(DomainException.TooManyAttempts.class);
        clock.advance(FIRST_DELAY);

        codes.verify(PURPOSE, reference, code, Optional.of(stored), "record");
        // the right code cleared the wait
        codes.verify(PURPOSE, reference, code, Optional.of(stored), "record");
    }

    @Test
    void aRefusalSaysHowMuchOfTheWaitIsLeft() {
        catchVerify(reference, "WRONG1", Optional.of(stored));
        clock.advance(Duration.ofMillis(400));
        assertThat(waitOf(catchVerify(reference, code, Optional.of(stored)))).isEqualTo(Duration.ofMillis(600));

        clock.advance(Duration.ofMillis(600));
        catchVerify(reference, "WRONG2", Optional.of(stored));
        assertThat(waitOf(catchVerify(reference, code, Optional.of(stored))))
                .as("the second wrong code doubled the wait").isEqualTo(FIRST_DELAY.multipliedBy(2));
    }

    @Test
    void aReferenceThatExistsAndOneThatDoesNotAreToldTheSameWait() {
        String unknown = "TR-" + codes.random(8);
        for (int i = 0; i < 3; i++) {
            catchVerify(reference, "WRONG" + i, Optional.of(stored));
            catchVerify(unknown, "WRONG" + i, Optional.empty());
            Duration known = waitOf(catchVerify(reference, "WRONGER", Optional.of(stored)));
            Duration unknownWait = waitOf(catchVerify(unknown, "WRONGER", Optional.empty()));

            assertThat(unknownWait).as("wait after %d wrong codes", i + 1).isEqualTo(known).isPositive();
            clock.advance(known);
        }
    }

    @Test
    void aGuesserCanSlowTheReporterDownButNeverLockThemOut() {
        for (int i = 0; i < 40; i++) {
            assertThat(catchVerify(reference, "WRONG" + i, Optional.of(stored))).isInstanceOf(DomainException.NotFound.class);
            clock.advance(MAX_DELAY);
        }

        codes.verify(PURPOSE, reference, code, Optional.of(stored), "record");
    }

    @Test
    void guessesSentAtOnceGetOneTurnBetweenThem() throws Exception {
        int guesses = 16;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger compared = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String guess = "GUESS" + i;
                Callable<Void> attempt = () -> {
                    start.await();
                    Throwable answer = catchVerify(reference, guess, Optional.of(stored));
                    (answer instanceof DomainException.TooManyAttempts ? refused : compared).incrementAndGet();
                    return null;
                };
                sent.add(pool.submit(attempt));
            }
            start.countDown();
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(compared).as("codes actually compared").hasValue(1);
        assertThat(refused).hasValue(guesses - 1);
    }

    @Test
    void waitsOfOneKindOfCodeDoNotDelayAnother() {
        catchVerify(reference, "WRONG", Optional.of(stored));

        codes.verify("another-kind", reference, code, Optional.of(stored), "record");
    }

    @Test
    void aCodeStoredBeforeThePepperStillWorksOnceAndIsThenStoredKeyed() {
        String legacy = Sha256.hex(reference + ":" + code);

        AccessCodes.Verified verified = codes.verify(PURPOSE, reference, code, Optional.of(legacy), "record");

        assertThat(verified.rehashed()).contains(stored);
        assertThat(catchVerify(reference, "WRONGWRONG22", Optional.of(legacy))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void whatIsStoredNamesItsPepper() {
        assertThat(stored).matches("hmac-sha256:[0-9a-f]{8}:[0-9a-f]{64}");
        assertThat(withPeppers(NEW_PEPPER).hash(reference, code)).as("another pepper, another name")
                .doesNotStartWith(stored.substring(0, "hmac-sha256:".length() + 9));
    }

    @Test
    void aReplacedPepperStillOpensItsCodesWhichAreThenStoredUnderTheNewOne() {
        AccessCodes afterRotation = withPeppers(NEW_PEPPER, TestSettings.PEPPER);

        AccessCodes.Verified verified = afterRotation.verify(PURPOSE, reference, code, Optional.of(stored), "record");

        String rehashed = verified.rehashed().orElseThrow();
        assertThat(rehashed).isEqualTo(withPeppers(NEW_PEPPER).hash(reference, code)).isNotEqualTo(stored);
        assertThat(afterRotation.verify(PURPOSE, reference, code, Optional.of(rehashed), "record").rehashed())
                .as("stored under the current pepper: nothing more to do").isEmpty();
        AccessCodes oldPepperRemoved = withPeppers(NEW_PEPPER);
        oldPepperRemoved.verify(PURPOSE, reference, code, Optional.of(rehashed), "record");
        assertThat(catchVerify(oldPepperRemoved, reference, code, Optional.of(stored)))
                .as("a code still stored under a removed pepper opens nothing").isInstanceOf(DomainException.NotFound.class);
        clock.advance(FIRST_DELAY);
        assertThat(catchVerify(afterRotation, reference, "WRONGWRONG22", Optional.of(stored))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void aCodeKeyedBeforePeppersWereNamedStillWorksUnderEitherPepperAndIsStoredNamed() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(TestSettings.PEPPER), "HmacSHA256"));
        String unnamed = "hmac-sha256:" + HexFormat.of().formatHex(mac.doFinal((reference + ":" + code).getBytes(StandardCharsets.UTF_8)));

        assertThat(codes.verify(PURPOSE, reference, code, Optional.of(unnamed), "record").rehashed()).contains(stored);
        AccessCodes afterRotation = withPeppers(NEW_PEPPER, TestSettings.PEPPER);
        assertThat(afterRotation.verify(PURPOSE, reference, code, Optional.of(unnamed), "record").rehashed())
                .contains(afterRotation.hash(reference, code));
        assertThat(catchVerify(afterRotation, reference, "WRONGWRONG22", Optional.of(unnamed))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void aReplacedPepperMustBeWellFormedAndNotTheCurrentOne() {
        PublicAccessConfig same = TestSettings.config(Optional.of(TestSettings.PEPPER), List.of(TestSettings.PEPPER),
                Optional.of(TestSettings.CHALLENGE_KEY), FIRST_DELAY, MAX_DELAY, 0, Duration.ofMinutes(10));
        PublicAccessConfig shortOne = TestSettings.config(Optional.of(TestSettings.PEPPER), List.of("c2hvcnQ="),
                Optional.of(TestSettings.CHALLENGE_KEY), FIRST_DELAY, MAX_DELAY, 0, Duration.ofMinutes(10));

        assertThatThrownBy(() -> PublicAccessStartupCheck.check(same)).hasMessageContaining("previous-peppers holds the current pepper");
        assertThatThrownBy(() -> PublicAccessStartupCheck.check(shortOne))
                .hasMessageContaining("hatecrime.public-access.codes.previous-peppers must be at least 32 bytes");
    }

    @Test
    void aServiceWithPublicEndpointsDoesNotStartWithoutItsSecrets() {
        PublicAccessConfig noPepper = TestSettings.config(Optional.empty(), Optional.of(TestSettings.CHALLENGE_KEY),
                FIRST_DELAY, MAX_DELAY, 0, Duration.ofMinutes(10));
        PublicAccessConfig shortKey = TestSettings.config(Optional.of(TestSettings.PEPPER), Optional.of("c2hvcnQ="),
                FIRST_DELAY, MAX_DELAY, 0, Duration.ofMinutes(10));

        assertThatThrownBy(() -> PublicAccessStartupCheck.check(noPepper)).hasMessageContaining("hatecrime.public-access.codes.pepper");
        assertThatThrownBy(() -> PublicAccessStartupCheck.check(shortKey)).hasMessageContaining("at least 32 bytes");
    }

    private static Duration waitOf(Throwable refusal) {
        assertThat(refusal).isInstanceOf(DomainException.TooManyAttempts.class);
        return ((DomainException.TooManyAttempts) refusal).waitRemaining();
    }

    /** Codes checked with {@code current} as the pepper and {@code replaced} still accepted. */
    private AccessCodes withPeppers(String current, String... replaced) {
        PublicAccessConfig config = TestSettings.config(Optional.of(current), List.of(replaced), Optional.of(TestSettings.CHALLENGE_KEY),
                FIRST_DELAY, MAX_DELAY, 0, Duration.ofMinutes(10));
        return new AccessCodes(new GuessDelays(sql, config, clock), config);
    }

    private Throwable catchVerify(String ref, String guess, Optional<String> hash) {
        return catchVerify(codes, ref, guess, hash);
    }

    private Throwable catchVerify(AccessCodes checking, String ref, String guess, Optional<String> hash) {
        try {
            checking.verify(PURPOSE, ref, guess, hash, "record");
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
