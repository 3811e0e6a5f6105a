package org.hatecrime.victimcare.domain.support;

/** Support was closed: published with the wellbeing scores and satisfaction, never the comment. */
public record SupportClosed(Support support) {
}
