package org.hatecrime.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates payloads against the published JSON Schemas.
 *
 * <p>Producers validate before an event enters the outbox. Every schema closes its objects
 * ({@code additionalProperties: false}), so a payload cannot grow a name or a free-text field
 * without a reviewed schema change.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<EventTypes, Schema> SCHEMAS = new EnumMap<>(EventTypes.class);
    private static final Schema ENVELOPE = load("schemas/envelope.json");
    private static final Schema AUDIT_ANCHOR = load("schemas/audit.anchor.v1.json");

    static {
        for (EventTypes type : EventTypes.values()) {
            SCHEMAS.put(type, load(type.schemaResource()));
        }
    }

    private EventSchemas() {
    }

    /** The violations of the payload against its type's schema; empty when valid. */
    public static List<String> violationsOfPayload(String type, JsonNode payload) {
        return messages(SCHEMAS.get(EventTypes.of(type)).validate(payload));
    }

    /** The violations of a whole serialised envelope; empty when valid. */
    public static List<String> violationsOfEnvelope(JsonNode envelope) {
        return messages(ENVELOPE.validate(envelope));
    }

    /** The violations of an audit anchor (not an event envelope: it is signed as a whole); empty when valid. */
    public static List<String> violationsOfAuditAnchor(JsonNode anchor) {
        return messages(AUDIT_ANCHOR.validate(anchor));
    }

    /** Throws when the payload does not match its schema. */
    public static void requireValidPayload(String type, JsonNode payload) {
        List<String> violations = violationsOfPayload(type, payload);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(type, violations);
        }
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::getMessage).toList();
    }

    private static Schema load(String resource) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + resource);
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A producer tried to publish something its contract does not allow. */
    public static final class InvalidEventException extends RuntimeException {
        public InvalidEventException(String type, List<String> violations) {
            super(type + " payload violates its schema: " + violations);
        }
    }
}
