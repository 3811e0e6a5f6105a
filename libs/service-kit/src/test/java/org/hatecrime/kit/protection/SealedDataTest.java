package org.hatecrime.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.testkit.PlatformTestResource;
import org.junit.jupiter.api.Test;

/** Personal data sealed per data subject opens only for its record, and never again once the subject is erased. */
@QuarkusTest
@TestProfile(SealedDataTest.WithKeys.class)
@QuarkusTestResource(PlatformTestResource.class)
class SealedDataTest {

    /** The keys of a service that seals personal data. */
    public static class WithKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "hatecrime.protection.required", "true",
                    "hatecrime.protection.master-key", "dGVzdC1vbmx5LW1hc3Rlci1rZXktb2YtMzItYnl0ZXM=",
                    "hatecrime.protection.victim-key-secret", "dGVzdC1vbmx5LXZpY3RpbS1rZXktc2VjcmV0");
        }
    }

    record Contact(String name, String phone) {
    }

    private static final Contact SAM = new Contact("Sam Example", "07700 900123");

    @Inject
    SubjectKeys subjectKeys;

    @Inject
    SealedData sealedData;

    @Inject
    Sql sql;

    @Test
    void sealedDataOpensForItsRecord() {
        UUID subject = QuarkusTransaction.requiringNew().call(() -> subjectKeys.create().id());
        byte[] sealed = sealedData.seal(subject, "record-1", SAM);

        assertThat(sealedData.open(subject, "record-1", sealed, Contact.class)).contains(SAM);
    }

    @Test
    void theDatabaseHoldsNeitherThePersonalDataNorTheSubjectKeyInTheClear() {
        SubjectKeys.Subject subject = QuarkusTransaction.requiringNew().call(subjectKeys::create);
        byte[] sealed = sealedData.seal(subject, "record-2", SAM);
        byte[] wrapped = QuarkusTransaction.requiringNew().call(() -> sql.first(
                "select wrapped_key from subject_key where subject_id = ?", row -> row.getBytes(1), subject.id()).orElseThrow());

        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Sam").doesNotContain("07700");
        assertThat(wrapped).isNotEqualTo(subject.key().getEncoded());
    }

    @Test
    void aSealedValueCopiedToAnotherRecordDoesNotOpen() {
        UUID subject = QuarkusTransaction.requiringNew().call(() -> subjectKeys.create().id());
        byte[] sealed = sealedData.seal(subject, "record-3", SAM);

        assertThatThrownBy(() -> sealedData.open(subject, "another-record", sealed, Contact.class))
                .hasMessageContaining("wrong key or tampered data");
    }

    @Test
    void erasingTheSubjectKeyErasesTheirDataAndNothingMoreCanBeSealed() {
        UUID subject = QuarkusTransaction.requiringNew().call(() -> subjectKeys.create().id());
        byte[] sealed = sealedData.seal(subject, "record-4", SAM);

        QuarkusTransaction.requiringNew().run(() -> subjectKeys.erase(subject));

        assertThat(sealedData.open(subject, "record-4", sealed, Contact.class)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> sealedData.seal(subject, "record-5", SAM)).isInstanceOf(DomainException.RuleBroken.class);
    }
}
