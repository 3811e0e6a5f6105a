package org.hatecrime.systemtests.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.hatecrime.events.EventJson;

/**
 * Requests made from an operation of the published documents by mutating what the document
 * shows: its example body (a field dropped, nulled, given a value of the wrong type or a hostile
 * one, an unknown field added, or the body replaced by something that is not the JSON asked for),
 * its path parameters, query parameters and headers. Every string it plants carries the request's
 * marker, so a test can look for it in the databases afterwards. Seeded: the same seed gives the
 * same requests.
 */
final class RequestMutations {

    /** One request to send. */
    record Mutated(String method, String path, Map<String, String> headers, String body) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> QUERY_NAMES = List.of("page", "size", "status", "stage", "from", "to", "dueBy", "district",
            "strand", "quarter", "period", "format", "version");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/json", "text/plain",
            "application/xml", "application/x-www-form-urlencoded", "application/json; charset=latin1");

    private final SplittableRandom random;

    RequestMutations(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Mutated next(PublishedApi.Operation operation, String marker) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (!operation.isRead()) {
            headers.put("Content-Type", pick(CONTENT_TYPES));
        }
        if (random.nextInt(4) == 0) {
            // a header carries visible ASCII only: anything else no HTTP client sends
            headers.put("Idempotency-Key", random.nextBoolean() ? "fuzz-" + UUID.randomUUID()
                    : visibleAscii(hostileString(marker)));
        }
        if (random.nextInt(4) == 0) {
            headers.put("If-Match", pick(List.of("\"0\"", "\"1\"", "*", "nonsense", "\"" + Long.MAX_VALUE + "\"", "W/\"0\"")));
        }
        String path = operation.concretePath(Map.of()).replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                java.util.regex.Matcher.quoteReplacement(random.nextInt(3) == 0 ? pathValue(marker) : UUID.randomUUID().toString()));
        if (random.nextInt(3) == 0) {
            path += "?" + pick(QUERY_NAMES) + "=" + encode(random.nextBoolean() ? hostileString(marker) : String.valueOf(hostileNumber()));
        }
        String body = operation.isRead() ? null : body(operation.exampleBody().orElse("{}"), marker);
        return new Mutated(operation.method(), path, headers, body);
    }

    private String body(String example, String marker) {
        int choice = random.nextInt(20);
        if (choice == 0) {
            return pick(List.of("", "null", "[]", "{", "\"text\"", "12", "{\"a\":" + "[".repeat(500) + "]".repeat(500) + "}",
                    new String(randomBytes(64), java.nio.charset.StandardCharsets.ISO_8859_1)));
        }
        JsonNode tree = parse(example);
        int mutations = choice == 1 ? 0 : 1 + random.nextInt(3); // sometimes the example as it is, which may be valid
        for (int i = 0; i < mutations; i++) {
            tree = mutate(tree, marker);
        }
        return tree.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an example of the published documents is not JSON: " + json, e);
        }
    }

    private JsonNode mutate(JsonNode root, String marker) {
        if (!root.isContainerNode() || root.isEmpty()) {
            return random.nextBoolean() ? hostileValue(marker) : root;
        }
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int what = random.nextInt(5);
            if (names.isEmpty() || what == 0) {
                object.set(random.nextBoolean() ? "unexpected" : pick(List.of("agency", "status", "id", "version", "createdBy")),
                        hostileValue(marker));
            } else if (what == 1) {
                object.remove(pick(names));
            } else if (what == 2) {
                object.putNull(pick(names));
            } else {
                object.set(pick(names), hostileValue(marker));
            }
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextBoolean()) {
                array.add(hostileValue(marker));
            } else {
                array.set(random.nextInt(array.size()), hostileValue(marker));
            }
        }
        return root;
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collectContainers(children.next(), into);
            }
        }
    }

    private JsonNode hostileValue(String marker) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.textNode(hostileString(marker));
            case 1 -> NODES.numberNode(hostileNumber());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.arrayNode().add(hostileString(marker)).add(hostileNumber());
            case 4 -> NODES.objectNode().put("value", hostileString(marker));
            default -> NODES.nullNode();
        };
    }

    private String hostileString(String marker) {
        String payload = pick(List.of("", " ", "\u0000", "\t\n", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd",
                "%00%0d%0a", "${jndi:ldap://127.0.0.1:1/a}", "\uD83D\uDE00".repeat(50), "\u202Egnp.exe", "A".repeat(20_000),
                "2026-02-30T25:61:00Z", "9999-12-31T23:59:59Z", "0000-01-01", "-1", "NaN", "null", "RACE", "STEVENAGE",
                "HC-AAAA-AAAA", "not-a-uuid", UUID.randomUUID().toString(), "\\u0000", "{\"$where\":\"1\"}"));
        return random.nextInt(3) == 0 ? payload : marker + payload;
    }

    private static String visibleAscii(String value) {
        String visible = value.replaceAll("[^\\x21-\\x7e]", "");
        return visible.isEmpty() ? "-" : visible;
    }

    private double hostileNumber() {
        return pick(List.of(-1d, 0d, 1d, 101d, 1e9, -1e9, 9.223372036854776E18, 1e308, -1e308, 0.5, 3.0e-10, 2147483648d));
    }

    private String pathValue(String marker) {
        return encode(pick(List.of("not-a-uuid", "0", "-1", "..%2f..%2f", "%00", "A".repeat(2_000), marker, "HC-AAAA-AAAA",
                "00000000-0000-0000-0000-000000000000", "\u00e9\u00e8")));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
