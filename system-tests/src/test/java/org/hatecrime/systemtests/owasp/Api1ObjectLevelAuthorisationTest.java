package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformTest;
import org.hatecrime.systemtests.owasp.Callers.Outsider;
import org.hatecrime.systemtests.owasp.PublishedApi.Operation;
import org.junit.jupiter.api.Test;

/**
 * OWASP API1:2023 Broken Object Level Authorisation. Every operation of the published documents that
 * takes an id is called, through the gateway with real tokens, on a real record of the Hertfordshire
 * side (a Stevenage centre's report shared with Hertfordshire Constabulary and referred to Beacon, the
 * force's case, Beacon's referral, the partnership's prevention activity) by each user of another
 * agency, force or provider whose role the operation allows: each gets 404, exactly as for an id that
 * does not exist, and the owner still reads the record afterwards. A new id operation is covered as
 * soon as it is published; one this suite cannot place fails the test until it is added here.
 */
@PlatformTest
class Api1ObjectLevelAuthorisationTest {

    /** Id operations whose object is not an agency's record, with the reason. */
    static final Map<String, String> NOT_AN_AGENCY_RECORD = Map.of(
            "/api/v1/public/reports/{reference}/", "the reference with its follow-up code is the key (API6 tests guessing)",
            "/api/v1/public/self-referrals/{reference}/", "the reference with its follow-up code is the key (API6 tests guessing)",
            "/api/v1/public/statistics/releases/{version}", "published statistics are public",
            "/api/v1/lawful-overrides/{id}/", "a partnership-wide request decided by the partnership's administrators",
            "/api/v1/coordination/matches/{id}/", "the partnership coordinator's queue spans every agency by design",
            "/api/v1/reports/{id}/erasure", "only the partnership's administrators hold the role; no other agency does",
            "/api/v1/subject-access-requests/{id}", "only the partnership's administrators hold the role; another agency's administrators "
                    + "get 404 (reporting-service's SubjectAccessTest)",
            "/api/v1/analytics/board-reports/{quarter}", "a quarter, not a record: each analyst's report is of their own partnership's figures");

    /** Who owns the shared records and reads them back after the attempts, by path family. */
    static final Map<String, String> OWNER = Map.of(
            "/api/v1/reports/", "centre-stevenage",
            "/api/v1/referrals/", "beacon-worker",
            "/api/v1/cases/", "police-herts",
            "/api/v1/analytics/", "analyst-herts");

    private final Api api;

    Api1ObjectLevelAuthorisationTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    private static boolean exempt(Operation operation) {
        return NOT_AN_AGENCY_RECORD.keySet().stream().anyMatch(prefix -> (operation.path() + "/").startsWith(prefix));
    }

    private List<Operation> idOperations() {
        return PublishedApi.operations(api).stream().filter(Operation::hasPathParameters).filter(operation -> !exempt(operation)).toList();
    }

    @Test
    void everyIdOperationIsPlacedInTheSuite() {
        List<String> unplaced = idOperations().stream()
                .filter(operation -> OWNER.keySet().stream().noneMatch(operation.path()::startsWith))
                .map(Operation::toString).toList();
        assertThat(unplaced).as("id operations whose owner the BOLA suite does not know: add them to OWNER or NOT_AN_AGENCY_RECORD").isEmpty();
        assertThat(idOperations()).as("id operations under test").hasSizeGreaterThan(30);
    }

    @Test
    void anotherAgencyForceOrProviderGets404OnEveryIdOperationExactlyAsForAnUnknownId() {
        SharedRecords records = SharedRecords.of(api);
        List<String> leaks = new ArrayList<>();
        int attempts = 0;
        for (Operation operation : idOperations()) {
            Map<String, String> owned = records.pathValues(operation.path());
            for (Outsider outsider : Callers.OUTSIDERS) {
                if (!operation.roles().contains(outsider.role())) {
                    continue;
                }
                attempts++;
                Response theirs = operation.send(api.asUser(outsider.username()), owned);
                Response unknown = operation.send(api.asUser(outsider.username()), unknownIds(owned));
                if (theirs.statusCode() != 404 || unknown.statusCode() != 404
                        || !PROBLEM.equals(theirs.contentType().split(";")[0])) {
                    leaks.add(operation + " as " + outsider + ": " + theirs.statusCode() + " " + theirs.asString()
                            + " (unknown id: " + unknown.statusCode() + ")");
                }
            }
        }
        assertThat(attempts).as("cross-agency attempts").isGreaterThan(30);
        assertThat(leaks).as("answers that were not 404 for another agency's record").isEmpty();
        theOwnerStillSeesEachRecordUnchanged(records);
    }

    private static final String PROBLEM = Api.PROBLEM_JSON;

    private static Map<String, String> unknownIds(Map<String, String> owned) {
        String unknown = UUID.randomUUID().toString();
        return Map.of("id", unknown, "reportId", unknown, "purpose", owned.get("purpose"));
    }

    private void theOwnerStillSeesEachRecordUnchanged(SharedRecords records) {
        Stream.of("/api/v1/reports/" + records.report().id(), "/api/v1/referrals/" + records.referralId(),
                "/api/v1/cases/" + records.caseId(), "/api/v1/analytics/prevention-activities/" + records.preventionActivityId())
                .forEach(path -> {
                    String owner = OWNER.entrySet().stream().filter(entry -> path.startsWith(entry.getKey())).findFirst().orElseThrow().getValue();
                    api.asUser(owner).get(path).then().statusCode(200);
                });
        api.asUser("centre-stevenage").get("/api/v1/reports/" + records.report().id()).then()
                .body("status", org.hamcrest.Matchers.not(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo("WITHDRAWN"), org.hamcrest.Matchers.equalTo("CLOSED"))));
    }
}
