package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hatecrime.systemtests.Tokens.PARTNER_STEVENAGE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hatecrime.client.reporting.ApiClient;
import org.hatecrime.client.reporting.ApiException;
import org.hatecrime.client.reporting.api.ReportLifecycleApi;
import org.hatecrime.client.reporting.api.ReportsApi;
import org.hatecrime.client.reporting.model.ConsentMethod;
import org.hatecrime.client.reporting.model.ConsentPurpose;
import org.hatecrime.client.reporting.model.ConsentRequest;
import org.hatecrime.client.reporting.model.ConsentsInput;
import org.hatecrime.client.reporting.model.ContactInput;
import org.hatecrime.client.reporting.model.OffenceCategory;
import org.hatecrime.client.reporting.model.Problem;
import org.hatecrime.client.reporting.model.RecordedAs;
import org.hatecrime.client.reporting.model.Report;
import org.hatecrime.client.reporting.model.Strand;
import org.hatecrime.client.reporting.model.SubmitReportRequest;
import org.hatecrime.client.reporting.model.TriageRequest;
import org.junit.jupiter.api.Test;

/**
 * A partner system builds on the published reporting document alone: the client generated from
 * it (module api-clients) takes a report through intake, through the gateway, with a real token
 * from the realm's client credentials flow.
 */
@PlatformTest
class GeneratedClientTest {

    private final Api api;
    private final LocalPlatform platform;
    private final ReportsApi reports;
    private final ReportLifecycleApi lifecycle;
    private final ApiClient client;

    GeneratedClientTest(LocalPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform);
        Tokens tokens = api.tokens();
        client = new ApiClient();
        client.updateBaseUri(platform.gatewayUrl());
        // A fresh token per call: the cache renews it before it expires.
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + tokens.client(PARTNER_STEVENAGE)));
        reports = new ReportsApi(client);
        lifecycle = new ReportLifecycleApi(client);
    }

    @Test
    void aPartnerTakesAReportThroughIntakeWithTheGeneratedClient() throws ApiException {
        Report submitted = reports.submitReport(report(), "partner-" + UUID.randomUUID());
        assertThat(submitted.getStatus()).isEqualTo("RECEIVED");
        assertThat(submitted.getChannel()).isEqualTo("PARTNER_API");

        Report read = reports.getReport(submitted.getId());
        assertThat(read.getReference()).isEqualTo(submitted.getReference()).matches("HC-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(read.getStrands()).containsExactly("RACE");
        assertThat(read.getDistrict()).isEqualTo("STEVENAGE");
        assertThat(read.getDetails().getContact().getName()).isEqualTo("A. Person");
        assertThat(read.getConsents().getShareWithPolice()).isTrue();

        Report triaged = lifecycle.triageReport(read.getId(),
                new TriageRequest().recordedAs(RecordedAs.CRIME).offenceCategory(OffenceCategory.PUBLIC_ORDER));
        assertThat(triaged.getStatus()).isEqualTo("TRIAGED");
        assertThat(triaged.getRecordedAs()).isEqualTo("CRIME");

        Report shared = lifecycle.shareWithPolice(read.getId());
        assertThat(shared.getStatus()).isEqualTo("SHARED_WITH_POLICE");
        assertThat(shared.getSharedWithForce()).isNotBlank();
        assertThat(shared.getSharedAt()).isNotNull();

        Report withdrawn = lifecycle.recordConsent(read.getId(), ConsentPurpose.SHARE_WITH_POLICE,
                new ConsentRequest().granted(false).method(ConsentMethod.WRITTEN));
        assertThat(withdrawn.getConsents().getShareWithPolice()).isFalse();
        assertThat(withdrawn.getConsentHistory())
                .anySatisfy(entry -> {
                    assertThat(entry.getPurpose()).isEqualTo("SHARE_WITH_POLICE");
                    assertThat(entry.getGranted()).isFalse();
                    assertThat(entry.getMethod()).isEqualTo("WRITTEN");
                });
    }

    @Test
    void aBadRequestReadsAsATypedProblem() throws Exception {
        SubmitReportRequest withoutDescription = report().description(null);

        ApiException refused = catchThrowableOfType(ApiException.class, () -> reports.submitReport(withoutDescription, null));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).endsWith("/invalid-request");
        assertThat(problem.getRequestId()).isNotBlank();
        assertThat(problem.getViolations()).anySatisfy(violation -> assertThat(violation.getField()).isEqualTo("description"));
    }

    @Test
    void thePortalServesEachDocumentWithThisPlatformsAddresses() {
        api.anonymous().when().get("/docs/").then().statusCode(200);
        for (String service : List.of("reporting", "victim-care", "case", "analytics")) {
            api.anonymous().when().get("/openapi/" + service)
                    .then().statusCode(200)
                    .body("servers[0].url", equalTo(platform.gatewayUrl()))
                    .body("components.securitySchemes.hatecrimeRealm.type", equalTo("oauth2"))
                    .body("components.securitySchemes.hatecrimeRealm.flows.clientCredentials.tokenUrl", equalTo(platform.tokenUrl()))
                    .body("paths.keySet()", everyItem(startsWith("/api/v1/")))
                    .body("paths.keySet()", not(hasItem(startsWith("/api/v1/internal/"))))
                    .body("paths.keySet()", not(hasItem(startsWith("/api/v1/audit/"))));
        }
    }

    private static SubmitReportRequest report() {
        return new SubmitReportRequest()
                .strands(List.of(Strand.RACE))
                .description("Shouted at on the bus because of my headscarf (generated client " + UUID.randomUUID() + ")")
                .occurredAt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.SECONDS))
                .district("STEVENAGE")
                .contact(new ContactInput().name("A. Person").phone("07700 900123"))
                .consents(new ConsentsInput().shareWithPolice(true).referToSupport(true).statistics(true));
    }
}
