package org.hatecrime.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/**
 * The shared rules against two tiny services: {@code archfixture.tidy} keeps every rule, and
 * {@code archfixture.broken} breaks each one on purpose, so a rule that could never fail is caught.
 */
class ArchitectureRulesTest {

    private static final String TIDY = "org.hatecrime.testkit.archfixture.tidy";
    private static final String BROKEN = "org.hatecrime.testkit.archfixture.broken";

    private static final JavaClasses TIDY_CLASSES = new ClassFileImporter().importPackages(TIDY);
    private static final JavaClasses BROKEN_CLASSES = new ClassFileImporter().importPackages(BROKEN);

    private final ArchitectureRules tidy = ArchitectureRules.forService(TIDY);
    private final ArchitectureRules broken = ArchitectureRules.forService(BROKEN);

    @Test
    void aServiceThatKeepsTheArchitecturePassesEveryRule() {
        for (ArchRule rule : tidy.rules()) {
            assertThatNoException().as(rule.getDescription()).isThrownBy(() -> rule.check(TIDY_CLASSES));
        }
    }

    @Test
    void aDomainThatKnowsHttpOrMessagingIsReported() {
        List<String> violations = violations(broken.domainKnowsNothingOfHttpOrMessaging());

        assertThat(violations).anyMatch(v -> v.contains("broken.domain.Referrals") && v.contains("broken.api.ReferralView"));
        assertThat(violations).anyMatch(v -> v.contains("broken.domain.Referrals") && v.contains("broken.messaging.ReferralRequested"));
        assertThat(violations).anyMatch(v -> v.contains("broken.domain.Referrals") && v.contains("jakarta.ws.rs.NotFoundException"));
        assertThat(violations).anyMatch(v -> v.contains("broken.domain.Referrals") && v.contains("org.hatecrime.kit.problem.ProblemStandIn"));
        assertThat(violations).noneMatch(v -> v.contains("jakarta.persistence"));
    }

    @Test
    void packagesThatDependOnEachOtherAreReported() {
        List<String> violations = violations(broken.packagesAreFreeOfCycles());

        assertThat(String.join("\n", violations)).contains("Cycle detected").contains("api").contains("domain").contains("messaging");
    }

    @Test
    void capabilitiesThatDependOnEachOtherAreReported() {
        List<String> violations = violations(broken.capabilitiesAreFreeOfCycles());

        assertThat(String.join("\n", violations)).contains("Cycle detected")
                .contains("broken.domain.intake.Intake").contains("broken.domain.consent.Consents");
    }

    @Test
    void usingAnotherServicesCodeIsReported() {
        List<String> violations = violations(broken.noCodeOfOtherServices());

        assertThat(violations).anyMatch(v -> v.contains("broken.domain.Referrals") && v.contains("org.hatecrime.cases.CaseServiceStandIn"));
    }

    @Test
    void aServiceMayUseItsOwnCode() {
        JavaClasses ownCode = new ClassFileImporter().importPackages("org.hatecrime.cases");

        assertThatNoException().isThrownBy(() -> ArchitectureRules.forService("org.hatecrime.cases").noCodeOfOtherServices().check(ownCode));
    }

    @Test
    void consumersThatTouchEntitiesOrRepositoriesAreReported() {
        List<String> violations = violations(broken.consumersGoThroughApplicationServices());

        // an @Incoming method writing a Panache entity, a handler changing a plain JPA entity,
        // and an inbox effect calling a repository
        assertThat(violations).anyMatch(v -> v.contains("broken.messaging.ReferralConsumer") && v.contains("broken.domain.Referral."));
        assertThat(violations).anyMatch(v -> v.contains("broken.messaging.WithdrawalHandler") && v.contains("broken.domain.Victim"));
        assertThat(violations).anyMatch(v -> v.contains("broken.messaging.InboxRoutes") && v.contains("broken.domain.ReferralRepository"));
        // building an event from the aggregate is the outbox side, not a consumer
        assertThat(violations).noneMatch(v -> v.contains("broken.messaging.ReferralEvents"));
    }

    @Test
    void eachRuleSaysWhy() {
        assertThat(broken.rules()).allSatisfy(rule -> assertThat(rule.getDescription()).contains(", because "));
    }

    @Test
    void aServiceGetsOneTestPerRule() {
        List<DynamicTest> tests = broken.check().toList();

        assertThat(tests).hasSameSizeAs(broken.rules());
        assertThat(tests).allSatisfy(test -> assertThat(test.getDisplayName()).doesNotContain("because"));
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(BROKEN_CLASSES);
        assertThat(result.hasViolation()).as("%s reports the broken fixture", rule.getDescription()).isTrue();
        return result.getFailureReport().getDetails();
    }
}
