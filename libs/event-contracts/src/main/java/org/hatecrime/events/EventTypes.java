package org.hatecrime.events;

import java.util.Arrays;
import java.util.List;

/** The versioned event types and the topic each one travels on. */
public enum EventTypes {

    REPORT_SUBMITTED("report.submitted.v1", Topics.REPORTS),
    REPORT_TRIAGED("report.triaged.v1", Topics.REPORTS),
    REPORT_SHARED_WITH_POLICE("report.shared-with-police.v1", Topics.REPORTS),
    REPORT_REFERRAL_REQUESTED("report.referral-requested.v1", Topics.REPORTS),
    REPORT_CONSENT_CHANGED("report.consent-changed.v1", Topics.REPORTS),
    REPORT_WITHDRAWN("report.withdrawn.v1", Topics.REPORTS),
    REPORT_DUPLICATE_LINKED("report.duplicate-linked.v1", Topics.REPORTS),
    REPORT_CLOSED("report.closed.v1", Topics.REPORTS),
    REPORT_POLICE_ACKNOWLEDGED("report.police-acknowledged.v1", Topics.REPORTS),
    SUBJECT_ERASED("subject.erased.v1", Topics.REPORTS),
    REFERRAL_CREATED("referral.created.v1", Topics.REFERRALS),
    REFERRAL_SENT("referral.sent.v1", Topics.REFERRALS),
    REFERRAL_ACKNOWLEDGED("referral.acknowledged.v1", Topics.REFERRALS),
    REFERRAL_ACCEPTED("referral.accepted.v1", Topics.REFERRALS),
    REFERRAL_DECLINED("referral.declined.v1", Topics.REFERRALS),
    REFERRAL_CLOSED("referral.closed.v1", Topics.REFERRALS),
    NEEDS_ASSESSED("needs.assessed.v1", Topics.REFERRALS),
    SUPPORT_CLOSED("support.closed.v1", Topics.REFERRALS),
    VICTIMS_CODE_BREACH_DETECTED("victims-code.breach-detected.v1", Topics.REFERRALS),
    ANALYTICS_EMERGING_THREAT_DETECTED("analytics.emerging-threat-detected.v1", Topics.ANALYTICS),
    CASE_OPENED("case.opened.v1", Topics.CASES),
    CASE_RECORDED("case.recorded.v1", Topics.CASES),
    CASE_STAGE_CHANGED("case.stage-changed.v1", Topics.CASES),
    CASE_CHARGED("case.charged.v1", Topics.CASES),
    CASE_CLOSED("case.closed.v1", Topics.CASES),
    CASE_VICTIM_UPDATE_DUE("case.victim-update-due.v1", Topics.CASES),
    CASE_VICTIM_UPDATE_OVERDUE("case.victim-update-overdue.v1", Topics.CASES),
    CASE_REVIEW_REQUESTED("case.review-requested.v1", Topics.CASES),
    CASE_SHARING_CONSENT_CHANGED("case.sharing-consent-changed.v1", Topics.CASES);

    private final String type;
    private final String topic;

    EventTypes(String type, String topic) {
        this.type = type;
        this.topic = topic;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    /** The schema path on the classpath, one JSON Schema per type. */
    public String schemaResource() {
        return "schemas/" + type + ".json";
    }

    public static EventTypes of(String type) {
        for (EventTypes candidate : values()) {
            if (candidate.type.equals(type)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown event type " + type);
    }

    public static List<String> all() {
        return Arrays.stream(values()).map(EventTypes::type).toList();
    }
}
