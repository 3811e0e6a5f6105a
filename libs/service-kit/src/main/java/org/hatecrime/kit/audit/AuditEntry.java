package org.hatecrime.kit.audit;

/**
 * One access to personal data: what was done to which record, and why.
 *
 * @param action e.g. {@code report.read}, {@code report.create}
 * @param objectType e.g. {@code report}
 * @param objectId the record's id
 * @param purpose why the data was touched, e.g. {@code follow-up by reporting centre}
 */
public record AuditEntry(String action, String objectType, String objectId, String purpose) {
}
