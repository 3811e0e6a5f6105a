package org.hatecrime.victimcare.domain.victimscode;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rights of the Victims' Code (2020) this service touches, and so records evidence for; the
 * others (e.g. 6, updates on the investigation) belong to the police and case progression.
 */
public enum VictimsCodeRight {
    RIGHT_1(1, "To be able to understand and to be understood"),
    RIGHT_3(3, "To be given information when reporting a crime"),
    RIGHT_4(4, "To be referred to services that support victims"),
    RIGHT_7(7, "To make a Victim Personal Statement"),
    RIGHT_12(12, "To make a complaint about your rights not being met");

    private final int number;
    private final String title;

    VictimsCodeRight(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public static Optional<VictimsCodeRight> numbered(int number) {
        return Arrays.stream(values()).filter(right -> right.number == number).findFirst();
    }

    /** "1, 3, 4, 7 and 12", for answers that say which rights are recorded. */
    public static String numbers() {
        String all = String.join(", ", Arrays.stream(values()).map(right -> Integer.toString(right.number)).toList());
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " and " + all.substring(last + 2);
    }
}
