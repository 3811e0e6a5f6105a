package org.hatecrime.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventSchemas;

/** Envelopes as the reporting service publishes them, for consumers' tests. */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** A valid {@code report.submitted.v1} about a new report. */
    public static EventEnvelope reportSubmitted(UUID reportId, List<String> strands, String district,
            boolean shareWithPolice, boolean referToSupport, boolean statistics) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode payload = EventJson.mapper().createObjectNode();
        payload.put("reportId", reportId.toString());
        payload.put("reference", reference(reportId));
        payload.put("agency", "stevenage-centre");
        payload.put("channel", "THIRD_PARTY_CENTRE");
        strands.forEach(payload.putArray("strands")::add);
        payload.put("district", district);
        payload.put("occurredAt", now.minusDays(1).toString());
        payload.put("receivedAt", now.toString());
        ObjectNode consents = payload.putObject("consents");
        consents.put("shareWithPolice", shareWithPolice);
        consents.put("referToSupport", referToSupport);
        consents.put("statistics", statistics);
        EventSchemas.requireValidPayload("report.submitted.v1", payload);
        return new EventEnvelope(UUID.randomUUID(), "report.submitted.v1", "reporting-service", reportId.toString(), now,
                null, "test-" + UUID.randomUUID(), payload);
    }

    /** A valid {@code report.shared-with-police.v1}: the report went to the given force. */
    public static EventEnvelope sharedWithPolice(UUID reportId, String force, List<String> strands, String district) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode payload = passedOn(reportId, strands, district, now);
        payload.put("force", force);
        payload.put("sharedAt", now.toString());
        payload.put("lawfulOverride", false);
        return envelope("report.shared-with-police.v1", reportId, payload, now);
    }

    /** A valid {@code report.referral-requested.v1}: the victim was referred to the given service. */
    public static EventEnvelope referralRequested(UUID reportId, String provider, List<String> strands, String district) {
        return referralRequested(reportId, provider, strands, district, null);
    }

    /** The same, for a victim known by their pseudonymous victim key (64 hex characters), or null. */
    public static EventEnvelope referralRequested(UUID reportId, String provider, List<String> strands, String district, String victimKey) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode payload = passedOn(reportId, strands, district, now);
        payload.put("provider", provider);
        payload.put("requestedAt", now.toString());
        if (victimKey != null) {
            payload.put("victimKey", victimKey);
        }
        return envelope("report.referral-requested.v1", reportId, payload, now);
    }

    /** A valid {@code report.police-acknowledged.v1}: the force gave its crime reference. */
    public static EventEnvelope policeAcknowledged(UUID reportId, String force, String crimeReference) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode payload = EventJson.mapper().createObjectNode();
        payload.put("reportId", reportId.toString());
        payload.put("force", force);
        payload.put("crimeReference", crimeReference);
        payload.put("acknowledgedAt", now.toString());
        return envelope("report.police-acknowledged.v1", reportId, payload, now);
    }

    /** A valid {@code report.withdrawn.v1}. */
    public static EventEnvelope withdrawn(UUID reportId, String reason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode payload = EventJson.mapper().createObjectNode();
        payload.put("reportId", reportId.toString());
        payload.put("agency", "stevenage-centre");
        payload.put("reason", reason);
        payload.put("withdrawnAt", now.toString());
        return envelope("report.withdrawn.v1", reportId, payload, now);
    }

    /** A valid {@code subject.erased.v1}: the person the report is about was erased, with these victim keys. */
    public static EventEnvelope subjectErased(UUID reportId, List<String> victimKeys) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode payload = EventJson.mapper().createObjectNode();
        payload.put("erasureId", UUID.randomUUID().toString());
        payload.put("reportId", reportId.toString());
        victimKeys.forEach(payload.putArray("victimKeys")::add);
        payload.put("erasedAt", now.toString());
        payload.put("victimKeysRetired", true);
        return envelope("subject.erased.v1", reportId, payload, now);
    }

    /** A valid {@code report.triaged.v1}: the centre checked the report's strands and district. */
    public static EventEnvelope triaged(UUID reportId, List<String> strands, String district) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode payload = EventJson.mapper().createObjectNode();
        payload.put("reportId", reportId.toString());
        payload.put("agency", "stevenage-centre");
        strands.forEach(payload.putArray("strands")::add);
        payload.put("district", district);
        payload.put("recordedAs", "CRIME");
        payload.put("triagedAt", now.toString());
        return envelope("report.triaged.v1", reportId, payload, now);
    }

    /** A valid {@code report.consent-changed.v1}: one purpose granted or withdrawn, the others given. */
    public static EventEnvelope consentChanged(UUID reportId, String purpose, boolean granted) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode payload = EventJson.mapper().createObjectNode();
        payload.put("reportId", reportId.toString());
        payload.put("agency", "stevenage-centre");
        payload.put("purpose", purpose);
        payload.put("granted", granted);
        payload.put("method", "VERBAL");
        payload.put("changedAt", now.toString());
        ObjectNode consents = payload.putObject("consents");
        consents.put("shareWithPolice", !purpose.equals("SHARE_WITH_POLICE") || granted);
        consents.put("referToSupport", !purpose.equals("REFER_TO_SUPPORT") || granted);
        consents.put("statistics", !purpose.equals("STATISTICS") || granted);
        return envelope("report.consent-changed.v1", reportId, payload, now);
    }

    private static ObjectNode passedOn(UUID reportId, List<String> strands, String district, OffsetDateTime now) {
        ObjectNode payload = EventJson.mapper().createObjectNode();
        payload.put("reportId", reportId.toString());
        payload.put("reference", reference(reportId));
        payload.put("agency", "stevenage-centre");
        strands.forEach(payload.putArray("strands")::add);
        payload.put("district", district);
        payload.put("occurredAt", now.minusDays(1).toString());
        return payload;
    }

    private static EventEnvelope envelope(String type, UUID reportId, ObjectNode payload, OffsetDateTime now) {
        EventSchemas.requireValidPayload(type, payload);
        return new EventEnvelope(UUID.randomUUID(), type, "reporting-service", reportId.toString(), now, null,
                "test-" + UUID.randomUUID(), payload);
    }

    private static String reference(UUID reportId) {
        return "HC-" + reportId.toString().substring(0, 4).toUpperCase().replaceAll("[^0-9A-HJKMNP-TV-Z]", "7") + "-9QXD";
    }
}
