package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hatecrime.events.EventJson;
import org.hatecrime.systemtests.Api;

/**
 * The operations of the four services as their published OpenAPI documents describe them, read
 * through the gateway's portal routes ({@code /openapi/<service>}). Tests that walk "every route"
 * are driven from here, so a new operation is covered the moment it is published.
 */
final class PublishedApi {

    /** The portal's document routes. */
    static final List<String> DOCUMENTS = List.of("/openapi/reporting", "/openapi/victim-care", "/openapi/case", "/openapi/analytics");

    /** The convention of the documents: each operation's description opens with its roles, or with "No token". */
    private static final Pattern ROLE = Pattern.compile("`([a-z-]+)`");

    private static volatile List<Operation> cached;

    private PublishedApi() {
    }

    /** One operation of a published document. */
    record Operation(String document, String method, String path, String operationId, List<String> roles, boolean isPublic,
            String description, Optional<String> exampleBody, Map<String, Integer> maximumOfQueryParameter) {

        boolean hasPathParameters() {
            return path.contains("{");
        }

        boolean isRead() {
            return method.equals("GET");
        }

        /** The path with each parameter filled in: named values first, a fresh UUID otherwise. */
        String concretePath(Map<String, String> values) {
            Matcher parameter = Pattern.compile("\\{([A-Za-z]+)}").matcher(path);
            StringBuilder concrete = new StringBuilder();
            while (parameter.find()) {
                parameter.appendReplacement(concrete, Matcher.quoteReplacement(
                        values.getOrDefault(parameter.group(1), UUID.randomUUID().toString())));
            }
            parameter.appendTail(concrete);
            return concrete.toString();
        }

        /** Sends the operation with its documented example body (or none) and the headers a change may need. */
        io.restassured.response.Response send(RequestSpecification caller, Map<String, String> pathValues) {
            RequestSpecification request = caller.header("Idempotency-Key", "owasp-" + UUID.randomUUID());
            if (!isRead()) {
                request = request.header("If-Match", "\"0\"").contentType("application/json").body(exampleBody.orElse("{}"));
            }
            return request.request(method, concretePath(pathValues));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every operation of the four documents, read once per test run. */
    static List<Operation> operations(Api api) {
        List<Operation> operations = cached;
        if (operations == null) {
            List<Operation> read = new ArrayList<>();
            for (String document : DOCUMENTS) {
                Map<String, Object> openApi = api.anonymous().get(document).then().statusCode(200).extract().as(Map.class);
                read.addAll(operationsOf(document, openApi));
            }
            assertThat(read).as("operations in the published documents").hasSizeGreaterThan(40);
            cached = operations = List.copyOf(read);
        }
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> operationsOf(String document, Map<String, Object> openApi) {
        List<Operation> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) openApi.get("paths");
        paths.forEach((path, item) -> item.forEach((method, raw) -> {
            if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) raw;
            List<Object> security = (List<Object>) operation.getOrDefault("security", openApi.getOrDefault("security", List.of()));
            boolean isPublic = security == null || security.isEmpty();
            String description = String.valueOf(operation.getOrDefault("description", ""));
            operations.add(new Operation(document, method.toUpperCase(), path, (String) operation.get("operationId"),
                    isPublic ? List.of() : roles(description), isPublic, description, example(operation),
                    maxima((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of()))));
        }));
        return operations;
    }

    /** The roles named in the description's first sentence ("Roles: `police` or `cps`. ..."). */
    static List<String> roles(String description) {
        int end = description.indexOf(". ");
        String first = end < 0 ? description : description.substring(0, end);
        List<String> roles = new ArrayList<>();
        Matcher role = ROLE.matcher(first);
        while (role.find()) {
            roles.add(role.group(1));
        }
        return List.copyOf(roles);
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> example(Map<String, Object> operation) {
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return Optional.empty();
        }
        Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) body.getOrDefault("content", Map.of())).get("application/json");
        if (json == null) {
            return Optional.empty();
        }
        Object value = json.get("example");
        Map<String, Object> examples = (Map<String, Object>) json.get("examples");
        if (value == null && examples != null && !examples.isEmpty()) {
            value = ((Map<String, Object>) examples.values().iterator().next()).get("value");
        }
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        try {
            return Optional.of(EventJson.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> maxima(List<Map<String, Object>> parameters) {
        Map<String, Integer> maxima = new LinkedHashMap<>();
        for (Map<String, Object> parameter : parameters) {
            Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
            if ("query".equals(parameter.get("in")) && schema != null && schema.get("maximum") instanceof Number maximum) {
                maxima.put((String) parameter.get("name"), maximum.intValue());
            }
        }
        return maxima;
    }
}
