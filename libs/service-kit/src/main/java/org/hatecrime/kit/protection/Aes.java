package org.hatecrime.kit.protection;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM with a random 96-bit nonce stored in front of the ciphertext. */
final class Aes {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BITS = 256;

    private Aes() {
    }

    static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KEY_BITS, Randomness.generator());
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static SecretKey key(byte[] raw) {
        return new SecretKeySpec(raw, "AES");
    }

    /** Encrypts, binding the ciphertext to {@code context} so it cannot be moved to another record. */
    static byte[] encrypt(SecretKey key, byte[] plaintext, byte[] context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            Randomness.generator().nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    static byte[] decrypt(SecretKey key, byte[] nonceAndCiphertext, byte[] context) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonceAndCiphertext, 0, NONCE_BYTES));
            cipher.updateAAD(context);
            return cipher.doFinal(nonceAndCiphertext, NONCE_BYTES, nonceAndCiphertext.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or tampered data", e);
        }
    }
}
