package org.hatecrime.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.hatecrime.kit.problem.Problem;
import org.hatecrime.kit.problem.ProblemType;

/**
 * Turns what the annotations of a service describe into the document partners build on, the
 * same way in every service:
 * <ul>
 * <li>leaves out internal and operator routes, which the gateway does not route, and whatever
 * only they used;</li>
 * <li>declares the realm's OAuth2 scheme (client credentials for systems, authorization code for
 * people) and requires it on every operation that does not opt out, without scopes: what a
 * caller may do depends on its realm role, which each operation's description names;</li>
 * <li>gives every error an {@code application/problem+json} body, and adds the errors an
 * operation can meet whatever it does: 400 (parameters or body), 401 and 403 (with a token), 404
 * (a path with an id), 413 and 415 (with a body), 429 and 5xx (from the gateway or the service);</li>
 * <li>names the gateway as the server.</li>
 * </ul>
 * Runs when the document is built (the stored copy that lint and client generation use) and
 * again at start-up, so a platform on other ports serves its own addresses.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP})
public class PublishedApiDocument implements OASFilter {

    /** The name of the security scheme in every document. */
    public static final String SECURITY_SCHEME = "hatecrimeRealm";

    /** Routes the gateway does not publish: service-to-service and operators' endpoints. */
    /**
     * Served on each service's own port only, never through the gateway the documents name as their
     * server: a client generated from a document must not find operations it cannot reach.
     */
    static final List<String> UNPUBLISHED_PREFIXES = List.of("/api/v1/internal/", "/api/v1/audit", "/api/v1/dead-letters");

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";
    private static final String DEFAULT_GATEWAY = "http://127.0.0.1:8080";
    private static final String DEFAULT_REALM = "http://127.0.0.1:8180/realms/hatecrime";

    private static final String GATEWAY_PROBLEMS = "https://hatecrime.example/problems/";

    /** Answers the gateway or the service can give to any request, whatever the operation. */
    private static final List<CommonProblem> ANY_REQUEST = List.of(
            new CommonProblem("429", "TooManyRequests", GATEWAY_PROBLEMS + "rate-limited", "Too many requests",
                    "Too many requests from your address (gateway rate limit); retry shortly", "Rate limit exceeded; retry shortly."),
            CommonProblem.of("500", "InternalError", ProblemType.INTERNAL, "Something went wrong on our side; quote the request id",
                    "The request could not be completed; quote the request id when reporting this"),
            new CommonProblem("502", "ServiceUnreachable", GATEWAY_PROBLEMS + "service-unavailable", "Service unavailable",
                    "The gateway could not reach the service", "The service behind this route is not reachable."),
            CommonProblem.of("503", "Unavailable", ProblemType.UNAVAILABLE,
                    "The service is busy or its database is unavailable; nothing was stored. Retry after Retry-After seconds",
                    "The service is busy or its database is unavailable; nothing was stored. Try again shortly"),
            new CommonProblem("504", "GatewayTimeout", GATEWAY_PROBLEMS + "gateway-timeout", "Gateway timeout",
                    "The service did not answer the gateway in time", "The service behind this route did not answer in time."));

    private static final CommonProblem UNAUTHENTICATED = CommonProblem.of("401", "Unauthenticated", ProblemType.UNAUTHENTICATED,
            "No valid bearer token: missing, expired, or not issued by the realm for this API", "A valid bearer token is required");
    private static final CommonProblem FORBIDDEN = CommonProblem.of("403", "Forbidden", ProblemType.FORBIDDEN,
            "Your role or agency may not do this", "Your role does not allow this operation");
    private static final CommonProblem INVALID = CommonProblem.of("400", "InvalidRequest", ProblemType.INVALID_REQUEST,
            "Invalid input; each violation names its field", "page: must be greater than or equal to 0");
    private static final CommonProblem NOT_FOUND = CommonProblem.of("404", "NotFound", ProblemType.NOT_FOUND,
            "No such resource, or not one you may see", "Report not found");
    private static final CommonProblem TOO_LARGE = new CommonProblem("413", "PayloadTooLarge", GATEWAY_PROBLEMS + "payload-too-large",
            "Payload too large", "The body is larger than the gateway accepts", "The request body is larger than the gateway accepts (256k).");
    private static final CommonProblem NOT_JSON = CommonProblem.of("415", "UnsupportedMediaType", ProblemType.UNSUPPORTED_MEDIA_TYPE,
            "The body is not application/json", "Send application/json");

    /** Answers that say when to try again: the gateway's rate limit, and a service (or the gateway for it) unavailable. */
    private static final List<String> RETRY_AFTER_STATUSES = List.of("429", "503");

    private final String gatewayUrl;
    private final String realmUrl;
    private final List<String> unpublishedPrefixes;

    public PublishedApiDocument() {
        Config config = ConfigProvider.getConfig();
        this.gatewayUrl = trimSlash(config.getOptionalValue("hatecrime.api.gateway-url", String.class).orElse(DEFAULT_GATEWAY));
        this.realmUrl = trimSlash(config.getOptionalValue("hatecrime.api.realm-url", String.class).orElse(DEFAULT_REALM));
        this.unpublishedPrefixes = unpublished(config.getOptionalValues("hatecrime.api.operator-routes", String.class).orElse(List.of()));
    }

    PublishedApiDocument(String gatewayUrl, String realmUrl) {
        this(gatewayUrl, realmUrl, List.of());
    }

    /** With a service's own operators' routes ({@code hatecrime.api.operator-routes}), left out like the kit's. */
    PublishedApiDocument(String gatewayUrl, String realmUrl, List<String> operatorRoutes) {
        this.gatewayUrl = trimSlash(gatewayUrl);
        this.realmUrl = trimSlash(realmUrl);
        this.unpublishedPrefixes = unpublished(operatorRoutes);
    }

    private static List<String> unpublished(List<String> operatorRoutes) {
        List<String> prefixes = new ArrayList<>(UNPUBLISHED_PREFIXES);
        prefixes.addAll(operatorRoutes);
        return List.copyOf(prefixes);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        leaveOutUnpublishedRoutes(openAPI);
        declareServers(openAPI);
        declareSecurity(openAPI);
        describeProblems(openAPI);
        dropWhatNothingUses(openAPI);
    }

    private void leaveOutUnpublishedRoutes(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (String path : List.copyOf(openAPI.getPaths().getPathItems().keySet())) {
            if (unpublishedPrefixes.stream().anyMatch(path::startsWith)) {
                openAPI.getPaths().removePathItem(path);
            }
        }
    }

    private void declareServers(OpenAPI openAPI) {
        Server gateway = OASFactory.createServer().url(gatewayUrl)
                .description("The gateway. This is the local platform's; each environment's address comes with its credentials.");
        openAPI.setServers(new ArrayList<>(List.of(gateway)));
    }

    private void declareSecurity(OpenAPI openAPI) {
        String tokenUrl = realmUrl + "/protocol/openid-connect/token";
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("openid", "Sign in with OpenID Connect (people only)");
        SecurityScheme realm = OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Access tokens from the Keycloak realm `hatecrime` (OpenID Connect discovery: " + realmUrl
                        + "/.well-known/openid-configuration). Partner and police systems use the client credentials flow "
                        + "with their confidential client; people sign in through a front end with the authorization code flow "
                        + "with PKCE. A token carries the audience `hatecrime-api`, the caller's realm role and its `agency`; "
                        + "each operation names the roles it accepts. Send it as `Authorization: Bearer <token>`.")
                .flows(OASFactory.createOAuthFlows()
                        .clientCredentials(flow(null, tokenUrl, Map.of()))
                        .authorizationCode(flow(realmUrl + "/protocol/openid-connect/auth", tokenUrl, scopes)));
        Components components = components(openAPI);
        components.setSecuritySchemes(new LinkedHashMap<>(Map.of(SECURITY_SCHEME, realm)));
        openAPI.setSecurity(null);
        forEachOperation(openAPI, (path, operation) -> {
            // An operation that opts out (public reporting) declares an empty list; every other needs a token.
            if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
                SecurityRequirement requirement = OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME, new ArrayList<>());
                operation.setSecurity(new ArrayList<>(List.of(requirement)));
            }
        });
    }

    private static OAuthFlow flow(String authorizationUrl, String tokenUrl, Map<String, String> scopes) {
        OAuthFlow flow = OASFactory.createOAuthFlow().tokenUrl(tokenUrl).scopes(new LinkedHashMap<>(scopes));
        if (authorizationUrl != null) {
            flow.setAuthorizationUrl(authorizationUrl);
        }
        return flow;
    }

    private void describeProblems(OpenAPI openAPI) {
        Map<String, APIResponse> shared = new TreeMap<>();
        forEachOperation(openAPI, (path, operation) -> {
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                responses = OASFactory.createAPIResponses();
                operation.setResponses(responses);
            }
            for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
                if (isError(entry.getKey()) && entry.getValue().getRef() == null) {
                    asProblem(entry.getKey(), entry.getValue(), path);
                }
            }
            List<CommonProblem> answers = new ArrayList<>();
            boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
            if (secured) {
                answers.add(UNAUTHENTICATED);
                answers.add(FORBIDDEN);
            }
            if (operation.getRequestBody() != null) {
                answers.add(INVALID);
                answers.add(TOO_LARGE);
                answers.add(NOT_JSON);
            } else if (hasParameters(openAPI, path, operation)) {
                answers.add(INVALID);
            }
            if (path.contains("{")) {
                answers.add(NOT_FOUND);
            }
            answers.addAll(ANY_REQUEST);
            for (CommonProblem answer : answers) {
                if (!responses.hasAPIResponse(answer.status())) {
                    responses.addAPIResponse(answer.status(), OASFactory.createAPIResponse().ref(RESPONSES + answer.name()));
                    shared.computeIfAbsent(answer.name(), name -> answer.response());
                }
            }
            responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
        });
        if (!shared.isEmpty()) {
            Components components = components(openAPI);
            Map<String, APIResponse> existing = components.getResponses() == null ? Map.of() : components.getResponses();
            Map<String, APIResponse> all = new TreeMap<>(existing);
            shared.forEach(all::putIfAbsent);
            components.setResponses(all);
        }
    }

    private static boolean hasParameters(OpenAPI openAPI, String path, Operation operation) {
        PathItem item = openAPI.getPaths().getPathItem(path);
        return (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (item != null && item.getParameters() != null && !item.getParameters().isEmpty());
    }

    /** An error answer without a body, or with one but no schema, gets the problem schema and an example. */
    private static void asProblem(String status, APIResponse response, String path) {
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        MediaType json = content.getMediaType("application/json");
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null && json != null && json.getSchema() == null) {
            // An annotation without a media type lands under application/json; errors are problem+json.
            content.removeMediaType("application/json");
            problem = json;
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem == null) {
            problem = OASFactory.createMediaType();
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(SCHEMAS + "Problem"));
        }
        if (problem.getExample() == null && (problem.getExamples() == null || problem.getExamples().isEmpty())) {
            int code = Integer.parseInt(status);
            ProblemType type = ProblemType.forStatus(code);
            problem.setExample(example(type.uri(), type.title(), code, firstSentence(response.getDescription(), type.title()), path));
        }
    }

    private static Map<String, Object> example(String type, String title, int status, String detail, String path) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", path);
        example.put("requestId", "7c1e2d3f-9a8b-4c5d-8e7f-0a1b2c3d4e5f");
        return example;
    }

    private static String firstSentence(String description, String fallback) {
        if (description == null || description.isBlank()) {
            return fallback;
        }
        return description.split(";")[0].trim();
    }

    /** Schemas, responses and tags that only the left-out routes used would be noise in the document. */
    private static void dropWhatNothingUses(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Set<String> usedTags = new HashSet<>();
        Set<String> refs = new HashSet<>();
        forEachOperation(openAPI, (path, operation) -> {
            if (operation.getTags() != null) {
                usedTags.addAll(operation.getTags());
            }
            collectRefs(operation.getParameters(), refs);
            if (operation.getRequestBody() != null) {
                collectRefs(operation.getRequestBody().getRef(), refs);
                collectRefs(operation.getRequestBody().getContent(), refs);
            }
            if (operation.getResponses() != null) {
                collectRefs(operation.getResponses().getAPIResponses().values(), refs);
            }
        });
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> collectRefs(item.getParameters(), refs));
        }
        if (openAPI.getTags() != null) {
            List<Tag> kept = openAPI.getTags().stream().filter(tag -> usedTags.contains(tag.getName())).toList();
            openAPI.setTags(new ArrayList<>(kept));
        }
        if (components == null) {
            return;
        }
        // Follow references through the shared responses and schemas until nothing new turns up.
        Set<String> seen = new HashSet<>();
        while (!seen.containsAll(refs)) {
            for (String ref : List.copyOf(refs)) {
                if (seen.add(ref)) {
                    if (ref.startsWith(RESPONSES) && components.getResponses() != null) {
                        collectRefs(components.getResponses().get(ref.substring(RESPONSES.length())), refs);
                    } else if (ref.startsWith(SCHEMAS) && components.getSchemas() != null) {
                        collectRefs(components.getSchemas().get(ref.substring(SCHEMAS.length())), refs);
                    }
                }
            }
        }
        if (components.getSchemas() != null) {
            components.setSchemas(kept(components.getSchemas(), SCHEMAS, refs));
        }
        if (components.getResponses() != null) {
            components.setResponses(kept(components.getResponses(), RESPONSES, refs));
        }
    }

    private static <T> Map<String, T> kept(Map<String, T> all, String prefix, Set<String> refs) {
        Map<String, T> kept = new TreeMap<>();
        all.forEach((name, value) -> {
            if (refs.contains(prefix + name)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    /** Every {@code $ref} reachable from a model element, whatever its kind. */
    private static void collectRefs(Object element, Set<String> refs) {
        if (element == null) {
            return;
        }
        if (element instanceof String ref) {
            refs.add(ref);
        } else if (element instanceof Schema schema) {
            if (schema.getRef() != null) {
                refs.add(schema.getRef());
            }
            collectRefs(schema.getAll().values(), refs);
        } else if (element instanceof APIResponse response) {
            collectRefs(response.getRef(), refs);
            collectRefs(response.getContent(), refs);
            if (response.getHeaders() != null) {
                collectRefs(response.getHeaders().values(), refs);
            }
        } else if (element instanceof Header header) {
            collectRefs(header.getSchema(), refs);
        } else if (element instanceof Parameter parameter) {
            collectRefs(parameter.getRef(), refs);
            collectRefs(parameter.getSchema(), refs);
        } else if (element instanceof Content content && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> collectRefs(media.getSchema(), refs));
        } else if (element instanceof Map<?, ?> map) {
            collectRefs(map.values(), refs);
        } else if (element instanceof Collection<?> collection) {
            collection.forEach(item -> collectRefs(item, refs));
        }
    }

    private static void forEachOperation(OpenAPI openAPI, OperationVisitor visitor) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> visitor.visit(path, operation));
            }
        });
    }

    private static Components components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        return openAPI.getComponents();
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @FunctionalInterface
    private interface OperationVisitor {
        void visit(String path, Operation operation);
    }

    /** An answer many operations share, kept once under components.responses. */
    private record CommonProblem(String status, String name, String type, String title, String description, String detail) {

        static CommonProblem of(String status, String name, ProblemType type, String description, String detail) {
            return new CommonProblem(status, name, type.uri(), type.title(), description, detail);
        }

        APIResponse response() {
            MediaType media = OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(SCHEMAS + "Problem"))
                    .example(example(type, title, Integer.parseInt(status), detail, "/api/v1/reports"));
            APIResponse response = OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
            if (RETRY_AFTER_STATUSES.contains(status)) {
                response.addHeader("Retry-After", OASFactory.createHeader()
                        .description("Whole seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
            return response;
        }
    }
}
