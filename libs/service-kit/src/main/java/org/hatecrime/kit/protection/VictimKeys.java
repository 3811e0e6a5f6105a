package org.hatecrime.kit.protection;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous victim keys: a keyed HMAC of each normalised contact identifier. The same person
 * reporting through two agencies gets the same key, so reports can be linked and repeat victims
 * counted, without any service holding or sharing who they are. Every service that keys victims
 * uses the same secret ({@code hatecrime.protection.victim-key-secret}), so a self-referral to
 * victim care can be linked to the same person's earlier referrals without their details.
 */
@ApplicationScoped
public class VictimKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int UK_NATIONAL_DIGITS = 10;

    private final Optional<SecretKeySpec> secret;

    VictimKeys(ProtectionConfig config) {
        this.secret = ProtectionKeys.victimKeySecret(config).map(raw -> new SecretKeySpec(raw, ALGORITHM));
    }

    /** One key per identifier given; empty when the victim gave none (e.g. anonymous reports). */
    public List<String> of(String email, String phone) {
        List<String> keys = new ArrayList<>();
        String normalisedEmail = normaliseEmail(email);
        if (normalisedEmail != null) {
            keys.add(hmac("email:" + normalisedEmail));
        }
        String normalisedPhone = normalisePhone(phone);
        if (normalisedPhone != null) {
            keys.add(hmac("phone:" + normalisedPhone));
        }
        return keys;
    }

    static String normaliseEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Digits only, with the UK's +44 and leading 0 removed, so "+44 7700 900123", "+44 (0)7700 900123"
     * and "07700900123" agree.
     */
    static String normalisePhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2); // international dialling prefix, as in 0044
        }
        if (digits.startsWith("440") && digits.length() == UK_NATIONAL_DIGITS + 3) {
            digits = digits.substring(3);
        } else if (digits.startsWith("44") && digits.length() == UK_NATIONAL_DIGITS + 2) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0") && digits.length() == UK_NATIONAL_DIGITS + 1) {
            digits = digits.substring(1);
        }
        return digits.isEmpty() ? null : digits;
    }

    private String hmac(String identifier) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret.orElseThrow(() -> ProtectionKeys.missing(ProtectionKeys.VICTIM_KEY_SECRET)));
            return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
