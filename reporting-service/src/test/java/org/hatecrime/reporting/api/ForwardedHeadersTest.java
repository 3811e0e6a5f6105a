package org.hatecrime.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hatecrime.reporting.api.ReportSubmissionTestSupport.STEVENAGE;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.hatecrime.reporting.TestPlatform;
import org.junit.jupiter.api.Test;

/**
 * The gateway's forwarded headers are believed from the gateway's address, and checking that
 * address costs nothing per request: a trusted proxy that had to be resolved by name opened a DNS
 * client, and a socket that was never closed, for every request — thousands a minute under load,
 * each waiting for a name server's answer.
 */
@QuarkusTest
class ForwardedHeadersTest extends TestPlatform {

    private static final int REQUESTS = 40;

    @Test
    void locationsNameTheGatewayThatForwardedTheRequest() {
        String location = given().auth().oauth2(STEVENAGE)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "reports.gateway.example")
                .contentType("application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(ReportSubmissionTestSupport.report("forwarded by the gateway"))
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().header("Location");

        assertThat(location).startsWith("https://reports.gateway.example/api/v1/reports/");
    }

    @Test
    void requestsFromTheGatewayOpenNoSocketsOfTheirOwn() throws IOException {
        given().header("X-Forwarded-For", "203.0.113.7").when().get("/q/health/live").then().statusCode(200);
        int before = udpSocketsOfThisProcess();

        for (int i = 0; i < REQUESTS; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").when().get("/q/health/live").then().statusCode(200);
        }

        assertThat(udpSocketsOfThisProcess()).as("UDP sockets open after %d forwarded requests", REQUESTS)
                .isLessThan(before + REQUESTS / 4);
    }

    /** Sockets held by this JVM whose inode the kernel lists as UDP (IPv4 or IPv6). */
    private static int udpSocketsOfThisProcess() throws IOException {
        Set<String> udpInodes = new HashSet<>();
        for (String table : new String[] {"/proc/net/udp", "/proc/net/udp6"}) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            Files.readAllLines(path).stream().skip(1).map(line -> line.trim().split("\\s+"))
                    .filter(columns -> columns.length > 9).forEach(columns -> udpInodes.add(columns[9]));
        }
        int count = 0;
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : (Iterable<Path>) descriptors::iterator) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[") && udpInodes.contains(target.substring(8, target.length() - 1))) {
                        count++;
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listing is not a UDP socket held open
                }
            }
        }
        return count;
    }
}
