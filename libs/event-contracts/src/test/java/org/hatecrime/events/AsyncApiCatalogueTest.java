package org.hatecrime.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The event catalogue partners read (docs/asyncapi.yaml) says what the JSON Schemas the producers
 * enforce say: every event type has its message on its topic's channel, and the message's payload
 * schema has the same properties, required fields and rules as the contract.
 */
class AsyncApiCatalogueTest {

    /** Words for people, not rules: they may differ between the catalogue and the contract. */
    private static final Set<String> WORDING = Set.of("description", "title", "examples", "$comment");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode catalogue;

    static List<String> everyEventType() {
        return EventTypes.all();
    }

    @BeforeAll
    static void readCatalogue() throws IOException {
        catalogue = YAML.readTree(catalogueFile().toFile());
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void everyEventTypeHasItsMessageOnTheChannelOfItsTopic(String type) {
        String message = messageNameOf(type);

        JsonNode channel = channelOf(EventTypes.of(type).topic());
        List<String> refs = StreamSupport.stream(channel.path("messages").spliterator(), false)
                .map(ref -> ref.path("$ref").asText()).toList();
        assertThat(refs).as("messages of channel %s", channel.path("address").asText())
                .contains("#/components/messages/" + message);
        JsonNode envelope = catalogue.at("/components/messages/" + message + "/payload/allOf/1/properties");
        assertThat(envelope.at("/type/const").asText()).as("type const of %s", message).isEqualTo(type);
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void thePayloadSchemaOfEveryMessageAgreesWithTheContract(String type) throws IOException {
        JsonNode contract = resolved(contractOf(type));
        JsonNode documented = resolved(documentedPayloadOf(type));

        assertThat(names(documented.path("properties"))).as("properties of %s", type).isEqualTo(names(contract.path("properties")));
        assertThat(texts(documented.path("required"))).as("required of %s", type).isEqualTo(texts(contract.path("required")));
        assertThat(documented.path("additionalProperties")).as("additionalProperties of %s", type)
                .isEqualTo(contract.path("additionalProperties"));
        contract.path("properties").fields().forEachRemaining(property -> assertThat(withoutWording(
                documented.path("properties").path(property.getKey())))
                .as("%s.%s", type, property.getKey())
                .isEqualTo(withoutWording(property.getValue())));
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void theExampleOfEveryMessageIsAValidEvent(String type) {
        JsonNode examples = catalogue.at("/components/messages/" + messageNameOf(type) + "/examples");
        assertThat(examples.isArray() && !examples.isEmpty()).as("examples of %s", type).isTrue();
        for (JsonNode example : examples) {
            JsonNode event = example.path("payload");
            assertThat(EventSchemas.violationsOfEnvelope(event)).as("envelope of the example of %s", type).isEmpty();
            assertThat(event.path("type").asText()).isEqualTo(type);
            assertThat(EventSchemas.violationsOfPayload(type, event.path("payload"))).as("payload of the example of %s", type).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void everyEventTypeIsSentOnItsChannel(String type) {
        String topic = EventTypes.of(type).topic();
        String channelKey = channelKeyOf(topic);
        String messageKey = channelMessageKeyOf(channelKey, messageNameOf(type));
        List<String> sent = new ArrayList<>();
        catalogue.path("operations").forEach(operation -> {
            if ("send".equals(operation.path("action").asText())
                    && ("#/channels/" + channelKey).equals(operation.at("/channel/$ref").asText())) {
                operation.path("messages").forEach(message -> sent.add(message.path("$ref").asText()));
            }
        });
        assertThat(sent).as("messages sent on %s", topic).contains("#/channels/" + channelKey + "/messages/" + messageKey);
    }

    @Test
    void theEnvelopeSchemaAgreesWithTheContract() throws IOException {
        JsonNode contract;
        try (InputStream in = EventTypes.class.getClassLoader().getResourceAsStream("schemas/envelope.json")) {
            contract = resolved(JSON.readTree(in));
        }
        JsonNode documented = resolved(catalogue.at("/components/schemas/EventEnvelope"));

        assertThat(names(documented.path("properties"))).isEqualTo(names(contract.path("properties")));
        assertThat(texts(documented.path("required"))).isEqualTo(texts(contract.path("required")));
        assertThat(documented.path("additionalProperties")).isEqualTo(contract.path("additionalProperties"));
        contract.path("properties").fields().forEachRemaining(property -> assertThat(withoutWording(
                documented.path("properties").path(property.getKey())))
                .as("envelope.%s", property.getKey())
                .isEqualTo(withoutWording(property.getValue())));
    }

    @Test
    void theAuditAnchorMessageAgreesWithItsContractAndItsExampleIsValid() throws IOException {
        JsonNode contract;
        try (InputStream in = EventTypes.class.getClassLoader().getResourceAsStream("schemas/audit.anchor.v1.json")) {
            contract = resolved(JSON.readTree(in));
        }
        JsonNode documented = resolved(catalogue.at("/components/schemas/AuditAnchorPayload"));

        assertThat(texts(documented.path("required"))).isEqualTo(texts(contract.path("required")));
        assertThat(documented.path("additionalProperties")).isEqualTo(contract.path("additionalProperties"));
        assertThat(withoutWording(documented.path("properties"))).isEqualTo(withoutWording(contract.path("properties")));
        JsonNode channel = channelOf(Topics.auditAnchors("{service}"));
        assertThat(channel.at("/messages/auditAnchor/$ref").asText()).isEqualTo("#/components/messages/AuditAnchor");
        assertThat(texts(channel.at("/parameters/service/enum"))).as("a topic of anchors per service")
                .containsExactlyInAnyOrder("reporting-service", "victim-care-service", "case-service", "analytics-service");
        for (JsonNode example : catalogue.at("/components/messages/AuditAnchor/examples")) {
            assertThat(EventSchemas.violationsOfAuditAnchor(example.path("payload"))).isEmpty();
        }
    }

    @Test
    void theCatalogueDescribesNoEventTypeTheContractsDoNotKnow() {
        List<String> documented = new ArrayList<>();
        catalogue.at("/components/messages").forEach(message -> {
            String type = message.at("/payload/allOf/1/properties/type/const").asText();
            if (!type.isEmpty()) {
                documented.add(type);
            }
        });
        assertThat(documented).containsExactlyInAnyOrderElementsOf(EventTypes.all());
    }

    private static String messageNameOf(String type) {
        Iterator<Map.Entry<String, JsonNode>> messages = catalogue.at("/components/messages").fields();
        while (messages.hasNext()) {
            Map.Entry<String, JsonNode> message = messages.next();
            if (type.equals(message.getValue().path("name").asText())) {
                return message.getKey();
            }
        }
        throw new AssertionError("docs/asyncapi.yaml has no message named " + type);
    }

    private static String channelKeyOf(String topic) {
        Iterator<Map.Entry<String, JsonNode>> channels = catalogue.path("channels").fields();
        while (channels.hasNext()) {
            Map.Entry<String, JsonNode> channel = channels.next();
            if (topic.equals(channel.getValue().path("address").asText())) {
                return channel.getKey();
            }
        }
        throw new AssertionError("docs/asyncapi.yaml has no channel with address " + topic);
    }

    private static String channelMessageKeyOf(String channelKey, String message) {
        Iterator<Map.Entry<String, JsonNode>> messages = catalogue.path("channels").path(channelKey).path("messages").fields();
        while (messages.hasNext()) {
            Map.Entry<String, JsonNode> entry = messages.next();
            if (("#/components/messages/" + message).equals(entry.getValue().path("$ref").asText())) {
                return entry.getKey();
            }
        }
        throw new AssertionError("channel " + channelKey + " does not list message " + message);
    }

    private static JsonNode channelOf(String topic) {
        for (JsonNode channel : catalogue.path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                return channel;
            }
        }
        throw new AssertionError("docs/asyncapi.yaml has no channel with address " + topic);
    }

    private static JsonNode documentedPayloadOf(String type) {
        JsonNode payload = catalogue.at("/components/messages/" + messageNameOf(type) + "/payload/allOf/1/properties/payload");
        assertThat(payload.isMissingNode()).as("payload schema of %s", type).isFalse();
        return payload;
    }

    private static JsonNode contractOf(String type) throws IOException {
        try (InputStream in = EventTypes.class.getClassLoader().getResourceAsStream(EventTypes.of(type).schemaResource())) {
            assertThat(in).as("schema of %s", type).isNotNull();
            return JSON.readTree(in);
        }
    }

    /** The schema with every local reference ($defs in a contract, components in the catalogue) replaced by its target. */
    private JsonNode resolved(JsonNode schema) {
        JsonNode root = schema.has("$defs") ? schema : catalogue;
        return inline(schema, root);
    }

    private static JsonNode inline(JsonNode node, JsonNode root) {
        if (node.isObject()) {
            if (node.has("$ref") && node.path("$ref").asText().startsWith("#/")) {
                JsonNode target = root.at(node.path("$ref").asText().substring(1));
                assertThat(target.isMissingNode()).as("target of %s", node.path("$ref").asText()).isFalse();
                return inline(target, root);
            }
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("$defs")) {
                    copy.set(field.getKey(), inline(field.getValue(), root));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(inline(item, root)));
            return copy;
        }
        return node;
    }

    private static JsonNode withoutWording(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(field -> {
                if (!WORDING.contains(field.getKey())) {
                    copy.set(field.getKey(), withoutWording(field.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(withoutWording(item)));
            return copy;
        }
        return node;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** docs/asyncapi.yaml of the repository, found from the module's directory. */
    private static Path catalogueFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/asyncapi.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/asyncapi.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
