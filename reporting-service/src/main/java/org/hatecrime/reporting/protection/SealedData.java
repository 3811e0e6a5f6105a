package org.hatecrime.reporting.protection;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.problem.ProblemType;

/**
 * Seals a record's personal data (a JSON document) with its subject's key, bound to the record it
 * belongs to, and opens it again for those entitled to read it.
 */
@ApplicationScoped
public class SealedData {

    private final SubjectKeys keys;
    private final ObjectMapper json;

    SealedData(SubjectKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    public byte[] seal(UUID subject, String recordId, Object personalData) {
        SecretKey key = keys.find(subject).orElseThrow(() -> new ErasedException(subject));
        try {
            return Aes.encrypt(key, json.writeValueAsBytes(personalData), context(recordId));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The personal data, or nothing when the subject has been erased. */
    public <T> Optional<T> open(UUID subject, String recordId, byte[] sealed, Class<T> type) {
        if (sealed == null) {
            return Optional.empty();
        }
        return keys.find(subject).map(key -> {
            try {
                return json.readValue(Aes.decrypt(key, sealed, context(recordId)), type);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static byte[] context(String recordId) {
        return recordId.getBytes(StandardCharsets.UTF_8);
    }

    /** The subject's key was erased: nothing new may be sealed for them (409). */
    public static final class ErasedException extends ProblemException {
        ErasedException(UUID subject) {
            super(ProblemType.CONFLICT, "The personal data of this report was erased; nothing more can be added to it");
        }
    }
}
