package org.hatecrime.kit.problem;

/**
 * Reads the record version an {@code If-Match} header names. Services use their records' versions
 * as ETags ({@code "5"}, weak or strong); anything else answers 412.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version the header names; a change without one answers 428. */
    public static long required(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        return parse(ifMatch, what);
    }

    /** The version the header names, or null without one (the change then applies to whatever is current). */
    public static Long optional(String ifMatch, String what) {
        return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch, what);
    }

    private static long parse(String ifMatch, String what) {
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("If-Match does not hold an ETag of this " + what);
        }
    }
}
