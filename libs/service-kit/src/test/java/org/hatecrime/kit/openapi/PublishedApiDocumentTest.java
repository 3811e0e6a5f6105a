package org.hatecrime.kit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublishedApiDocumentTest {

    private static final String GATEWAY = "http://127.0.0.1:10080";
    private static final String REALM = "http://127.0.0.1:10180/realms/hatecrime";

    private OpenAPI document;

    @BeforeEach
    void aServiceWithAPublicAnInternalAndAnOperatorRoute() {
        document = OASFactory.createOpenAPI()
                .addTag(OASFactory.createTag().name("Reports"))
                .addTag(OASFactory.createTag().name("Internal"))
                .components(OASFactory.createComponents()
                        .addSchema("Report", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))
                        .addSchema("ReferralPacket", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))
                        .addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/reports/{id}", OASFactory.createPathItem().GET(operation("Reports", "Report")
                                .addParameter(OASFactory.createParameter().name("id").in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH))))
                        .addPathItem("/api/v1/public/reports", OASFactory.createPathItem().POST(operation("Reports", "Report")
                                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent().addMediaType("application/json",
                                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Report")))))
                                .security(new ArrayList<>())))
                        .addPathItem("/api/v1/internal/referral-packets/{reportId}",
                                OASFactory.createPathItem().GET(operation("Internal", "ReferralPacket")))
                        .addPathItem("/api/v1/audit/verification", OASFactory.createPathItem().GET(operation("Internal", "ReferralPacket"))));
    }

    @Test
    void internalAndOperatorRoutesAndWhatOnlyTheyUsedAreLeftOut() {
        new PublishedApiDocument(GATEWAY, REALM).filterOpenAPI(document);

        assertThat(document.getPaths().getPathItems()).containsOnlyKeys("/api/v1/reports/{id}", "/api/v1/public/reports");
        assertThat(document.getComponents().getSchemas()).containsOnlyKeys("Report", "Problem");
        assertThat(document.getTags()).extracting(tag -> tag.getName()).containsExactly("Reports");
    }

    @Test
    void aServicesOwnOperatorRoutesAreLeftOutLikeTheKits() {
        document.getPaths().addPathItem("/api/v1/reports/rebuilds/{id}", OASFactory.createPathItem().GET(operation("Reports", "Report")));

        new PublishedApiDocument(GATEWAY, REALM, List.of("/api/v1/reports/rebuilds")).filterOpenAPI(document);

        assertThat(document.getPaths().getPathItems()).containsOnlyKeys("/api/v1/reports/{id}", "/api/v1/public/reports");
    }

    @Test
    void operationsRequireTheRealmsOAuth2SchemeWithoutScopesUnlessTheyOptOut() {
        new PublishedApiDocument(GATEWAY, REALM).filterOpenAPI(document);

        SecurityScheme realm = document.getComponents().getSecuritySchemes().get(PublishedApiDocument.SECURITY_SCHEME);
        assertThat(realm.getType()).isEqualTo(SecurityScheme.Type.OAUTH2);
        assertThat(realm.getFlows().getClientCredentials().getTokenUrl()).isEqualTo(REALM + "/protocol/openid-connect/token");
        assertThat(realm.getFlows().getAuthorizationCode().getAuthorizationUrl()).isEqualTo(REALM + "/protocol/openid-connect/auth");
        Operation read = document.getPaths().getPathItem("/api/v1/reports/{id}").getGET();
        assertThat(read.getSecurity()).singleElement()
                .satisfies(requirement -> assertThat(requirement.getScheme(PublishedApiDocument.SECURITY_SCHEME)).isEmpty());
        assertThat(document.getPaths().getPathItem("/api/v1/public/reports").getPOST().getSecurity()).isEmpty();
        assertThat(document.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl()).isEqualTo(GATEWAY));
    }

    @Test
    void everyErrorIsAProblemAndTheCommonOnesAreDeclared() {
        new PublishedApiDocument(GATEWAY, REALM).filterOpenAPI(document);

        Operation read = document.getPaths().getPathItem("/api/v1/reports/{id}").getGET();
        assertThat(read.getResponses().getAPIResponses()).containsKeys("200", "400", "401", "403", "404", "429", "500", "502", "503", "504");
        Operation publicSubmit = document.getPaths().getPathItem("/api/v1/public/reports").getPOST();
        assertThat(publicSubmit.getResponses().getAPIResponses()).containsKeys("400", "413", "415").doesNotContainKeys("401", "403");
        document.getComponents().getResponses().values().forEach(response -> assertThat(
                response.getContent().getMediaType("application/problem+json").getSchema().getRef())
                .isEqualTo("#/components/schemas/Problem"));
    }

    @Test
    void theAnswersThatAskForAPauseSayHowLong() {
        new PublishedApiDocument(GATEWAY, REALM).filterOpenAPI(document);

        for (String name : new String[] {"TooManyRequests", "Unavailable"}) {
            assertThat(document.getComponents().getResponses().get(name).getHeaders()).as(name).containsKey("Retry-After");
        }
    }

    @Test
    void applyingItTwiceChangesNothing() {
        PublishedApiDocument filter = new PublishedApiDocument(GATEWAY, REALM);
        filter.filterOpenAPI(document);
        List<String> once = List.copyOf(document.getPaths().getPathItem("/api/v1/reports/{id}").getGET().getResponses().getAPIResponses().keySet());

        filter.filterOpenAPI(document);

        assertThat(document.getPaths().getPathItem("/api/v1/reports/{id}").getGET().getResponses().getAPIResponses()).containsOnlyKeys(once);
        assertThat(document.getPaths().getPathItem("/api/v1/reports/{id}").getGET().getSecurity()).hasSize(1);
    }

    private static Operation operation(String tag, String schema) {
        return OASFactory.createOperation().addTag(tag).responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok").content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/" + schema))))));
    }
}
