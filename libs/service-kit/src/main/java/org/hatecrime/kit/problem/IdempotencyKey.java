package org.hatecrime.kit.problem;

import java.util.regex.Pattern;

/**
 * Reads the {@code Idempotency-Key} a client sends to make a retry safe: the key is optional, but
 * one that is sent must be 8 to 128 letters, digits, '.', '_', ':' or '-', or the request is refused
 * (400 naming the header) before anything is stored under it.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private IdempotencyKey() {
    }

    /** The key as sent, or null without one. */
    public static String optional(String key) {
        if (key != null && !WELL_FORMED.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "8 to 128 letters, digits, '.', '_', ':' or '-'");
        }
        return key;
    }
}
