package org.hatecrime.testkit;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What an anonymous client does before a public submission, as the API guide tells it: fetch a
 * challenge, count up until SHA-256(challenge || counter) starts with enough zero bits, and send
 * {@code <challenge>:<counter>} in the {@code Proof-Of-Work} header.
 */
public final class ProofOfWorkClient {

    public static final String HEADER = "Proof-Of-Work";

    private ProofOfWorkClient() {
    }

    /** A fresh challenge from the endpoint, solved: the value of the header. */
    public static String solvedFrom(String challengePath) {
        JsonPath challenge = given().post(challengePath).then().statusCode(201).extract().jsonPath();
        return solve(challenge.getString("challenge"), challenge.getInt("difficulty"));
    }

    public static String solve(String challenge, int difficulty) {
        return challenge + ":" + counterFor(challenge, difficulty, true);
    }

    /** A counter that does not solve the challenge, for tests of refusal. */
    public static String unsolved(String challenge, int difficulty) {
        return challenge + ":" + counterFor(challenge, difficulty, false);
    }

    private static long counterFor(String challenge, int difficulty, boolean solving) {
        for (long counter = 0; ; counter++) {
            if ((leadingZeroBits(sha256(challenge + counter)) >= difficulty) == solving) {
                return counter;
            }
        }
    }

    static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b != 0) {
                return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
            bits += 8;
        }
        return bits;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
