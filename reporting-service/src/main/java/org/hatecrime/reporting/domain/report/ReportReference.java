package org.hatecrime.reporting.domain.report;

import java.util.regex.Pattern;
import org.hatecrime.kit.protection.Randomness;

/**
 * Human references such as {@code HC-7K3M-9QXD}: short, random, and safe to read out on a phone.
 * The alphabet leaves out I, L, O and U, which are misheard or misread as 1, 0 and V.
 */
public final class ReportReference {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    public static final Pattern FORMAT = Pattern.compile("HC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final int GROUP = 4;

    private ReportReference() {
    }

    public static String next() {
        StringBuilder reference = new StringBuilder("HC-");
        for (int i = 0; i < 2 * GROUP; i++) {
            if (i == GROUP) {
                reference.append('-');
            }
            reference.append(ALPHABET[Randomness.generator().nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }

    public static boolean isWellFormed(String reference) {
        return reference != null && FORMAT.matcher(reference).matches();
    }
}
