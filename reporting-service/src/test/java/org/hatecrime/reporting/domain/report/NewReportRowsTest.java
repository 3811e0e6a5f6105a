package org.hatecrime.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.reporting.TestPlatform;
import org.hatecrime.reporting.domain.codes.Channel;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.codes.IncidentType;
import org.hatecrime.reporting.domain.codes.OffenceCategory;
import org.hatecrime.reporting.domain.codes.PerceivedBy;
import org.hatecrime.reporting.domain.codes.RecordedAs;
import org.hatecrime.reporting.domain.codes.ReporterRole;
import org.hatecrime.reporting.domain.codes.Strand;
import org.hatecrime.reporting.domain.codes.TargetedFor;
import org.junit.jupiter.api.Test;

/**
 * The one-statement insert of a new report is a second way of writing the report table, beside
 * the entity mapping: these tests keep the two the same, so a column added to one and not the
 * other fails here rather than losing data at intake.
 */
@QuarkusTest
class NewReportRowsTest extends TestPlatform {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-21T09:15:30.123456Z");

    @Inject
    NewReportRows rows;

    @Inject
    Reports reports;

    @Inject
    Sql sql;

    @Test
    void theInsertWritesEveryColumnOfTheReportTable() {
        List<String> columns = sql.list("select column_name from information_schema.columns where table_schema = current_schema() and table_name = 'report'",
                row -> row.getString(1));

        assertThat(NewReportRows.reportColumns()).containsExactlyInAnyOrderElementsOf(columns);
    }

    @Test
    void aReportWrittenInOneStatementLoadsBackEqualFieldByField() throws IllegalAccessException {
        Report written = aReportWithEveryFieldSet();

        QuarkusTransaction.requiringNew().run(() -> rows.insert(written));
        Report loaded = QuarkusTransaction.requiringNew().call(() -> {
            Report report = reports.findById(written.id());
            report.consentHistory().size(); // loaded with the report
            return report;
        });

        assertSameFields(Report.class, written, loaded);
        assertThat(loaded.consentHistory()).hasSize(written.consentHistory().size());
        for (int i = 0; i < written.consentHistory().size(); i++) {
            assertSameFields(ConsentRecord.class, written.consentHistory().get(i), loaded.consentHistory().get(i), "id");
        }
    }

    /** A police report (so it is with the force from the start) with every optional fact given and a follow-up code. */
    private static Report aReportWithEveryFieldSet() {
        NewReport request = new NewReport(List.of(Strand.RACE, Strand.DISABILITY), ReporterRole.values()[1], false, Channel.POLICE,
                PerceivedBy.values()[0], RecordedAs.values()[0], OffenceCategory.values()[0],
                List.of(IncidentType.values()[0], IncidentType.values()[1]), List.of(TargetedFor.values()[0]), true, true, 2, Boolean.TRUE,
                3, RECEIVED.minusDays(2), RECEIVED.minusDays(1), "WATFORD",
                new ReportDetails("words", null, null, null, null, null, null, null, null), true, false, true, ConsentMethod.WRITTEN);
        Report report = Report.receive(request, new Report.Received(UUID.randomUUID(), "herts-police", Channel.POLICE, "police-herts",
                ConsentMethod.WRITTEN, RECEIVED), UUID.randomUUID(), new byte[] {1, 2, 3, 42});
        report.giveFollowUpCode("a-code-hash");
        return report;
    }

    private static void assertSameFields(Class<?> type, Object written, Object loaded, String... notCompared) throws IllegalAccessException {
        List<String> compared = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || Arrays.asList(notCompared).contains(field.getName())
                    || field.getName().equals("consentHistory") || field.getName().startsWith("$$_hibernate")) { // the ORM's own state
                continue;
            }
            field.setAccessible(true);
            Object expected = field.get(written);
            Object actual = field.get(loaded);
            compared.add(field.getName());
            if (expected instanceof OffsetDateTime time) {
                assertThat((OffsetDateTime) actual).as(field.getName()).isAtSameInstantAs(time);
            } else if (expected instanceof byte[] bytes) {
                assertThat((byte[]) actual).as(field.getName()).isEqualTo(bytes);
            } else if (expected instanceof Object[] array) {
                assertThat((Object[]) actual).as(field.getName()).isEqualTo(array);
            } else if (expected instanceof Consents consents) {
                assertSameFields(Consents.class, consents, actual);
            } else if (expected instanceof Set<?> set) {
                assertThat(new java.util.HashSet<Object>((Set<?>) actual)).as(field.getName()).isEqualTo(new java.util.HashSet<Object>(set));
            } else {
                assertThat(actual).as(field.getName()).isEqualTo(expected);
            }
        }
        assertThat(compared).as("fields compared").isNotEmpty();
    }
}
