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
 *
 * <p>When a person is erased their keys are retired ({@link RetiredVictimKeys}): each identifier
 * then moves on to its next generation, whose key shares nothing with the old one, so a later
 * report from the same contact details cannot be linked to the erased person's old events.
 */
@ApplicationScoped
public class VictimKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int UK_NATIONAL_DIGITS = 10;

    private final Optional<SecretKeySpec> secret;

    VictimKeys(ProtectionConfig config) {
        this.secret = ProtectionKeys.victimKeySecret(config).map(raw -> new SecretKeySpec(raw, ALGORITHM));
    }

    /**
     * One key per identifier given, of its first generation; empty when the victim gave none (e.g.
     * anonymous reports). Services key victims through {@link RetiredVictimKeys#current}, which
     * skips retired generations.
     */
    public List<String> of(String email, String phone) {
        return identifiers(email, phone).stream().map(identifier -> key(identifier, 0)).toList();
    }

    /** The normalised identifiers given, each with its kind ("email:...", "phone:..."). */
    static List<String> identifiers(String email, String phone) {
        List<String> identifiers = new ArrayList<>();
        String normalisedEmail = normaliseEmail(email);
        if (normalisedEmail != null) {
            identifiers.add("email:" + normalisedEmail);
        }
        String normalisedPhone = normalisePhone(phone);
        if (normalisedPhone != null) {
            identifiers.add("phone:" + normalisedPhone);
        }
        return identifiers;
    }

    /**
     * The key of an identifier in a generation. Generation 0 is the key the identifier always had;
     * later ones add a line no normalised identifier can contain, so no two coincide.
     */
    String key(String identifier, int generation) {
        return hmac(generation == 0 ? identifier : identifier + "\ngeneration:" + generation);
    }

    /** What is kept of a retired key: a keyed hash of it, which links to nothing without the secret. */
    String retirementToken(String victimKey) {
        return token("retired", victimKey);
    }

    /**
     * A keyed hash of a victim key for one purpose, kept where the key itself should not be: it
     * finds the key's holder again when the key is given, links to nothing without the secret, and
     * tokens of two purposes share nothing.
     */
    public String token(String purpose, String victimKey) {
        return hmac(purpose + ":" + victimKey);
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
