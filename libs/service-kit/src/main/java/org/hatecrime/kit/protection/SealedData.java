package org.hatecrime.kit.protection;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;

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

    /** Seals personal data of a subject whose key may have been erased (then 409). */
    public byte[] seal(UUID subject, String recordId, Object personalData) {
        return seal(keys.find(subject).orElseThrow(SealedData::erased), recordId, personalData);
    }

    public byte[] seal(SubjectKeys.Subject subject, String recordId, Object personalData) {
        try {
            return Aes.encrypt(subject.key(), json.writeValueAsBytes(personalData), context(recordId));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The personal data, or nothing when the subject has been erased. */
    public <T> Optional<T> open(UUID subject, String recordId, byte[] sealed, Class<T> type) {
        if (sealed == null) {
            return Optional.empty();
        }
        return keys.find(subject).map(found -> {
            try {
                return json.readValue(Aes.decrypt(found.key(), sealed, context(recordId)), type);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static byte[] context(String recordId) {
        return recordId.getBytes(StandardCharsets.UTF_8);
    }

    /** The subject's key was erased: nothing new may be sealed for them. */
    private static DomainException erased() {
        return new DomainException.RuleBroken("The personal data of this person was erased; nothing more can be added to it");
    }
}
