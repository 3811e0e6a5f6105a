package org.hatecrime.reporting.domain.report;

import java.util.List;

/**
 * Everything in a report that could identify or harm someone. It is stored only sealed with the
 * data subject's key, never in a plain column, an event or a log line.
 */
public record ReportDetails(
        String description,
        String otherStrand,
        Location location,
        String harm,
        Suspects suspects,
        Witnesses witnesses,
        Online online,
        Contact contact,
        SafeContact safeContact) {

    /** No details at all: what an anonymised report keeps. */
    public static final ReportDetails NONE = new ReportDetails(null, null, null, null, null, null, null, null, null);

    public record Location(String description, Double latitude, Double longitude) {
    }

    public record Suspects(String description, String name, String relationshipToVictim) {
    }

    public record Witnesses(String contactDetails) {
    }

    public record Online(String platform, List<String> links, List<String> handles) {
    }

    public record Contact(String name, String email, String phone, String address, String postcode) {
    }

    /** How to reach the victim without putting them at risk. */
    public record SafeContact(Boolean safeToCall, String safeTimes, Boolean voicemailAllowed, String language,
            Boolean interpreterNeeded, String accessibilityNeeds, String notes) {
    }
}
