package org.hatecrime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventSchemasTest {

    static java.util.List<String> everyEventType() {
        return EventTypes.all();
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void theExampleOfEveryEventTypeIsAValidEnvelopeAndPayload(String type) throws IOException {
        JsonNode example = example(type);

        assertThat(EventSchemas.violationsOfEnvelope(example)).isEmpty();
        assertThat(example.get("type").asText()).isEqualTo(type);
        assertThat(EventSchemas.violationsOfPayload(type, example.get("payload"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void anExampleSurvivesTheRoundTripThroughTheEnvelopeRecord(String type) throws IOException {
        JsonNode example = example(type);

        EventEnvelope envelope = EventJson.read(example.toString());

        assertThat(EventJson.mapper().readTree(EventJson.write(envelope))).isEqualTo(example);
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void aPayloadCannotCarryAnExtraFieldSuchAsADescriptionOrName(String type) throws IOException {
        ObjectNode payload = (ObjectNode) example(type).get("payload").deepCopy();
        payload.put("description", "he shouted at me on the bus");

        assertThatThrownBy(() -> EventSchemas.requireValidPayload(type, payload))
                .isInstanceOf(EventSchemas.InvalidEventException.class)
                .hasMessageContaining("description");
    }

    @Test
    void anUnknownStrandIsRefused() throws IOException {
        ObjectNode payload = (ObjectNode) example("report.submitted.v1").get("payload").deepCopy();
        payload.putArray("strands").add("ASTROLOGY");

        assertThat(EventSchemas.violationsOfPayload("report.submitted.v1", payload)).isNotEmpty();
    }

    @Test
    void aReportWithoutStrandsIsRefused() throws IOException {
        ObjectNode payload = (ObjectNode) example("report.submitted.v1").get("payload").deepCopy();
        payload.putArray("strands");

        assertThat(EventSchemas.violationsOfPayload("report.submitted.v1", payload)).isNotEmpty();
    }

    @Test
    void aReferralsReasonIsACodeNeverFreeText() throws IOException {
        ObjectNode payload = (ObjectNode) example("referral.declined.v1").get("payload").deepCopy();
        payload.put("reasonCode", "she said her partner hits her");

        assertThat(EventSchemas.violationsOfPayload("referral.declined.v1", payload)).isNotEmpty();
    }

    @Test
    void aNeedsAssessmentCarriesLevelsNeverTheAssessorsNotes() throws IOException {
        ObjectNode payload = (ObjectNode) example("needs.assessed.v1").get("payload").deepCopy();
        ((ObjectNode) payload.get("domains")).put("notes", "afraid to leave the flat since the attack");

        assertThat(EventSchemas.violationsOfPayload("needs.assessed.v1", payload)).isNotEmpty();
    }

    @Test
    void enhancedRightsNeedTheirReasonAndOnlyThem() throws IOException {
        ObjectNode withoutReason = (ObjectNode) example("needs.assessed.v1").get("payload").deepCopy();
        withoutReason.putNull("enhancedRightsReason");
        ObjectNode reasonWithoutRights = (ObjectNode) example("needs.assessed.v1").get("payload").deepCopy();
        reasonWithoutRights.put("enhancedRights", false);

        assertThat(EventSchemas.violationsOfPayload("needs.assessed.v1", withoutReason)).isNotEmpty();
        assertThat(EventSchemas.violationsOfPayload("needs.assessed.v1", reasonWithoutRights)).isNotEmpty();
    }

    @Test
    void aClosedSupportCarriesScoresInTheirRangesNeverTheComment() throws IOException {
        ObjectNode payload = (ObjectNode) example("support.closed.v1").get("payload").deepCopy();
        ObjectNode outOfRange = payload.deepCopy().put("wellbeingEnd", 36);
        ObjectNode withComment = payload.deepCopy().put("comment", "my case manager was kind");

        assertThat(EventSchemas.violationsOfPayload("support.closed.v1", outOfRange)).isNotEmpty();
        assertThat(EventSchemas.violationsOfPayload("support.closed.v1", withComment)).isNotEmpty();
    }

    @Test
    void anEnvelopeWithoutSubjectIsRefused() throws IOException {
        ObjectNode envelope = (ObjectNode) example("report.submitted.v1").deepCopy();
        envelope.remove("subject");

        assertThat(EventSchemas.violationsOfEnvelope(envelope)).isNotEmpty();
    }

    @Test
    void everyTypeTravelsOnItsAggregatesTopic() {
        assertThat(EventTypes.of("report.submitted.v1").topic()).isEqualTo(Topics.REPORTS);
        assertThat(EventTypes.of("referral.sent.v1").topic()).isEqualTo(Topics.REFERRALS);
        assertThat(EventTypes.of("needs.assessed.v1").topic()).isEqualTo(Topics.REFERRALS);
        assertThat(EventTypes.of("support.closed.v1").topic()).isEqualTo(Topics.REFERRALS);
        assertThat(Topics.deadLetter("case-service")).isEqualTo("hatecrime.case-service.dlq");
    }

    private static JsonNode example(String type) throws IOException {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream("examples/" + type + ".json")) {
            assertThat(in).as("an example for " + type).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }
}
