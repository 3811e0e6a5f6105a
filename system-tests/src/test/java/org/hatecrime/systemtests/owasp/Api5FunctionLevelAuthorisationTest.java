package org.hatecrime.systemtests.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hatecrime.systemtests.Api;
import org.hatecrime.systemtests.LocalPlatform;
import org.hatecrime.systemtests.PlatformTest;
import org.hatecrime.systemtests.owasp.PublishedApi.Operation;
import org.junit.jupiter.api.Test;

/**
 * OWASP API5:2023 Broken Function Level Authorisation, driven by the published documents: each
 * operation's description names its roles (the documents' convention: "Role: `x`." or "Roles: `x` or
 * `y`."; public operations say "No token"). Every person's role of the realm is tried on every
 * operation through the gateway: a role the operation does not name gets 403, no token gets 401; a
 * role it names is let through (reads only, so nothing is created by the sweep).
 */
@PlatformTest
class Api5FunctionLevelAuthorisationTest {

    private final Api api;

    Api5FunctionLevelAuthorisationTest(LocalPlatform platform) {
        this.api = new Api(platform);
    }

    @Test
    void everyOperationNamesItsRolesOrSaysItIsPublic() {
        List<String> silent = new ArrayList<>();
        for (Operation operation : PublishedApi.operations(api)) {
            boolean documented = operation.isPublic() ? operation.description().startsWith("No token")
                    : operation.description().matches("(?s)^Roles?: `.*") && !operation.roles().isEmpty()
                            && Callers.ROLES.containsAll(operation.roles());
            if (!documented) {
                silent.add(operation + " (" + operation.operationId() + "): " + operation.description());
            }
        }
        assertThat(silent).as("operations whose description does not name the realm roles allowed").isEmpty();
    }

    @Test
    void everyRoleThatAnOperationDoesNotNameIsRefusedWith403() {
        List<String> wrong = new ArrayList<>();
        int attempts = 0;
        for (Operation operation : PublishedApi.operations(api)) {
            if (operation.isPublic()) {
                continue;
            }
            for (String role : Callers.ROLES) {
                if (operation.roles().contains(role)) {
                    continue;
                }
                attempts++;
                Response response = operation.send(api.asUser(Callers.BY_ROLE.get(role)), Map.of());
                if (response.statusCode() != 403 || !response.contentType().startsWith(Api.PROBLEM_JSON)) {
                    wrong.add(operation + " as " + role + ": " + response.statusCode() + " " + response.asString());
                }
            }
        }
        assertThat(attempts).isGreaterThan(200);
        assertThat(wrong).as("operations that let a role in that their document does not name").isEmpty();
    }

    @Test
    void everyProtectedOperationRefusesACallWithoutAToken() {
        List<String> open = new ArrayList<>();
        for (Operation operation : PublishedApi.operations(api)) {
            // a public write gets an empty body: it must be refused for its content, never for a missing token
            Response response = operation.isPublic() && !operation.isRead()
                    ? api.anonymous().contentType("application/json").body("{}").request(operation.method(), operation.concretePath(Map.of()))
                    : operation.send(api.anonymous(), Map.of());
            if (operation.isPublic() ? response.statusCode() == 401 : response.statusCode() != 401) {
                open.add(operation + (operation.isPublic() ? " (public)" : "") + ": " + response.statusCode());
            }
        }
        assertThat(open).as("protected operations without a token, or public ones asking for one").isEmpty();
    }

    @Test
    void everyRoleAnOperationNamesIsLetThroughOnReads() {
        List<String> refused = new ArrayList<>();
        for (Operation operation : PublishedApi.operations(api)) {
            if (operation.isPublic() || !operation.isRead()) {
                continue;
            }
            for (String role : operation.roles()) {
                int status = operation.send(api.asUser(Callers.BY_ROLE.get(role)), Map.of()).statusCode();
                if (status == 401 || status == 403) {
                    refused.add(operation + " as " + role + ": " + status);
                }
            }
        }
        assertThat(refused).as("reads refused to a role their document names").isEmpty();
    }
}
