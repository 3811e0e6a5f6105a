package org.hatecrime.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys that sign this service's audit anchors: an Ed25519 key pair of the service's own, so
 * that no other service, and nobody holding the audit key that chains the rows, can write an
 * anchor in its name, and anyone given the public keys can check every anchor without a secret
 * (ADR 0018). The private key signs what is anchored now; the public keys (current and rotated out)
 * verify. Read from configuration, never from the database.
 */
@ApplicationScoped
public class AnchorKeys {

    static final String ALGORITHM = "Ed25519";
    static final String SIGNING_KEY_ID = "hatecrime.audit.anchors.signing-key-id";
    static final String SIGNING_KEY = "hatecrime.audit.anchors.signing-key";
    static final String PUBLIC_KEYS = "hatecrime.audit.anchors.public-keys";

    private final String signingKeyId;
    private final PrivateKey signingKey;
    private final Map<String, PublicKey> publicKeys = new LinkedHashMap<>();

    AnchorKeys(AuditConfig config) {
        AuditConfig.Anchors anchors = config.anchors();
        this.signingKeyId = anchors.signingKeyId().orElse(null);
        this.signingKey = anchors.signingKey().map(encoded -> privateKey(decode(SIGNING_KEY, encoded))).orElse(null);
        for (String entry : anchors.publicKeys().orElse(List.of())) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(PUBLIC_KEYS + " entries must read id:base64");
            }
            publicKeys.putIfAbsent(entry.substring(0, colon).trim(), publicKey(decode(PUBLIC_KEYS, entry.substring(colon + 1))));
        }
    }

    /** The id of the key anchors are signed with now; fails naming the settings when it cannot sign. */
    public String currentId() {
        if (signingKeyId == null || signingKey == null) {
            throw new IllegalStateException(SIGNING_KEY_ID + " and " + SIGNING_KEY + " are not configured: audit anchors cannot be signed");
        }
        return signingKeyId;
    }

    /** The Ed25519 signature of the text under the current key, as 128 hex digits. */
    String sign(String text) {
        currentId();
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(signingKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign the audit anchor", e);
        }
    }

    /** Whether the signature is the named public key's over the text; false for an unknown key or a malformed signature. */
    boolean verify(String keyId, String text, String signatureHex) {
        PublicKey key = keyId == null ? null : publicKeys.get(keyId);
        if (key == null || signatureHex == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(HexFormat.of().parseHex(signatureHex));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The encoded private key, for the start-up check against the repository's demonstration keys. */
    Optional<byte[]> signingKeyBytes() {
        return Optional.ofNullable(signingKey).map(PrivateKey::getEncoded);
    }

    private static byte[] decode(String property, String encoded) {
        try {
            return Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be base64 encoded", e);
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(SIGNING_KEY + " must be an Ed25519 private key (PKCS#8, base64)", e);
        }
    }

    private static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(PUBLIC_KEYS + " must hold Ed25519 public keys (X.509, base64)", e);
        }
    }
}
