package org.hatecrime.victimcare.domain.victimscode;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a case worker records to show a right of the Code was met, each code for one right. Codes
 * only: evidence is counted per right, and never holds what the victim said.
 */
public enum EvidenceCode {
    INTERPRETER_ARRANGED(VictimsCodeRight.RIGHT_1),
    LANGUAGE_RECORDED(VictimsCodeRight.RIGHT_1),
    INFORMATION_GIVEN(VictimsCodeRight.RIGHT_3),
    NEXT_STEPS_EXPLAINED(VictimsCodeRight.RIGHT_3),
    SUPPORT_SERVICES_EXPLAINED(VictimsCodeRight.RIGHT_4),
    PERSONAL_STATEMENT_OFFERED(VictimsCodeRight.RIGHT_7),
    COMPLAINT_RECORDED(VictimsCodeRight.RIGHT_12),
    COMPLAINTS_PROCESS_EXPLAINED(VictimsCodeRight.RIGHT_12);

    private final VictimsCodeRight right;

    EvidenceCode(VictimsCodeRight right) {
        this.right = right;
    }

    public VictimsCodeRight right() {
        return right;
    }

    public static Optional<EvidenceCode> named(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /** The codes of one right, for answers that say which are allowed. */
    public static String of(VictimsCodeRight right) {
        return String.join(", ", Arrays.stream(values()).filter(c -> c.right == right).map(Enum::name).toList());
    }
}
