package org.hatecrime.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hatecrime.systemtests.Api.REPORTS;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Intake while the broker or the database is away: with Kafka down reports are still taken (the
 * outbox holds their events, which arrive once it is back); with PostgreSQL down every request is
 * answered with 503 and Retry-After, all but the first without waiting for the pool, nothing piles
 * up, and intake recovers by itself.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureOutageTest {

    private static final int REPORTS_WHILE_DOWN = 5;
    private static final int REQUESTS_WHILE_DATABASE_DOWN = 30;
    /**
     * No answer waits for the pool's acquisition timeout (5 s) or the driver's connect timeout
     * (10 s). The first request finds the database gone, which the pool takes about a second to
     * notice; the others are refused by the kit's database breaker without waiting (figures printed).
     */
    private static final long UNAVAILABLE_ANSWER_MILLIS = 3000;
    /** The requests that may still wait for the pool: the one that finds the database gone, and one racing it. */
    private static final int REQUESTS_THAT_FIND_THE_OUTAGE = 2;
    /** Kafka's consumers find the restarted broker and the relay's back-off ends within this. */
    private static final Duration RECOVERY = Duration.ofSeconds(120);
    private static final Pattern LIVE_THREADS = Pattern.compile("(?m)^jvm_threads_live_threads(?:\\{[^}]*})? ([0-9.eE+]+)");
    private static final Pattern BREAKER_REFUSED =
            Pattern.compile("(?m)^hatecrime_database_breaker_refused_total(?:\\{[^}]*})? ([0-9.eE+]+)");

    private final LocalPlatform platform;
    private final Api api;

    InfrastructureOutageTest(LocalPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform);
    }

    @AfterAll
    void leaveAWholePlatform() {
        if (!platform.isRunning("kafka") || !platform.isRunning("postgres")) {
            platform.startMissingComponents();
        }
    }

    @Test
    @Order(1)
    void withKafkaDownReportsAreTakenAndTheirEventsArriveOnceItIsBack() {
        long before = api.summary().totalReports();
        api.tokens().user(CENTRE_STEVENAGE); // a fresh token before anything goes away

        platform.kill("kafka");
        List<SubmittedReport> taken = new ArrayList<>();
        for (int i = 0; i < REPORTS_WHILE_DOWN; i++) {
            taken.add(api.submitAs(CENTRE_STEVENAGE, Submission.typical().district("DACORUM")));
        }
        assertThat(taken).as("reports taken while the broker is down").hasSize(REPORTS_WHILE_DOWN);

        platform.startMissingComponents();
        await("the analyst counts the reports taken while Kafka was down").atMost(RECOVERY).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(api.summary().totalReports()).isEqualTo(before + REPORTS_WHILE_DOWN));
    }

    @Test
    @Order(2)
    void withPostgresDownIntakeAnswers503AtOnceWithoutPilingUpAndRecoversByItself() {
        String token = api.tokens().user(CENTRE_STEVENAGE);
        api.submitAs(CENTRE_STEVENAGE, Submission.typical()); // the pool holds live connections
        double threadsBefore = liveThreadsOfReporting();
        double refusedBefore = reportingMetric(BREAKER_REFUSED);

        platform.kill("postgres");
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < REQUESTS_WHILE_DATABASE_DOWN; i++) {
            long start = System.nanoTime();
            Response answer = api.withToken(token).contentType(ContentType.JSON).body(Submission.typical().json())
                    .when().post(REPORTS);
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(answer.statusCode()).as("answer %d while the database is down", i).isEqualTo(503);
            assertThat(answer.header("Retry-After")).as("Retry-After").matches("[1-9][0-9]*");
            assertThat(answer.contentType()).startsWith(Api.PROBLEM_JSON);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("503 answers while PostgreSQL was down, ms: %s (median %d, max %d)%n", millis,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        assertThat(sorted.get(sorted.size() - 1)).as("slowest 503, ms").isLessThan(UNAVAILABLE_ANSWER_MILLIS);
        assertThat(liveThreadsOfReporting()).as("live threads of reporting-service after %d refused requests",
                REQUESTS_WHILE_DATABASE_DOWN).isLessThan(threadsBefore + 10);
        assertThat(reportingMetric(BREAKER_REFUSED) - refusedBefore)
                .as("requests refused at once, without waiting for a connection")
                .isGreaterThanOrEqualTo(REQUESTS_WHILE_DATABASE_DOWN - REQUESTS_THAT_FIND_THE_OUTAGE);

        platform.startMissingComponents();
        await("intake takes reports again").atMost(RECOVERY).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.withToken(api.tokens().user(CENTRE_STEVENAGE)).contentType(ContentType.JSON)
                        .body(Submission.typical().json()).when().post(REPORTS).statusCode()).isEqualTo(201));
    }

    private double liveThreadsOfReporting() {
        return reportingMetric(LIVE_THREADS);
    }

    private double reportingMetric(Pattern metric) {
        String metrics = given().when().get(platform.serviceUrl(Service.REPORTING) + "/q/metrics").then().statusCode(200)
                .extract().asString();
        Matcher value = metric.matcher(metrics);
        assertThat(value.find()).as("%s in reporting-service's metrics", metric).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
