package org.hatecrime.victimcare.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Self-referral is the only thing in victim care that needs no token; every other operation answers 401 without one. */
@QuarkusTest
class OpenEndpointsTest {

    @Test
    void selfReferralNeedsNoTokenButEveryOtherOperationDoes() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey().replaceAll("\\{reference}", "SR-2222-2222").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                checked++;
                int status = given().contentType(ContentType.JSON).body("{}").request(method.toUpperCase(), concrete).then().extract().statusCode();
                if (status != 401) {
                    open.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(open).containsExactlyInAnyOrder("POST /api/v1/public/self-referrals", "POST /api/v1/public/self-referrals/challenges",
                "POST /api/v1/public/self-referrals/{reference}/status-check");
    }
}
