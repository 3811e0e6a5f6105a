package org.hatecrime.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The architecture every service keeps, written once and applied by each service's
 * {@code ArchitectureTest} to its own base package:
 *
 * <pre>
 * class ArchitectureTest {
 *     &#64;TestFactory
 *     Stream&lt;DynamicTest&gt; caseServiceKeepsThePlatformArchitecture() {
 *         return ArchitectureRules.forService("org.hatecrime.cases").check();
 *     }
 * }
 * </pre>
 *
 * A service is {@code org.hatecrime.<service>} with the packages {@code api}, {@code domain}
 * (optionally split into capabilities, {@code domain.<capability>}), {@code messaging} and
 * {@code config}. Only the service's main classes are checked, never its tests.
 */
public final class ArchitectureRules {

    /** Each service's code, which no other service may use. */
    public static final List<String> SERVICE_PACKAGES = List.of(
            "org.hatecrime.reporting",
            "org.hatecrime.victimcare",
            "org.hatecrime.cases",
            "org.hatecrime.analytics");

    static final String JAX_RS = "jakarta.ws.rs..";
    static final String KIT_PROBLEMS = "org.hatecrime.kit.problem..";
    static final String INBOX = "org.hatecrime.kit.inbox..";
    static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";
    static final String ENTITY = "jakarta.persistence.Entity";
    static final String PANACHE_ENTITY = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";
    static final String PANACHE_REPOSITORY = "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase";

    private final String basePackage;

    private ArchitectureRules(String basePackage) {
        this.basePackage = basePackage;
    }

    /** The rules for the service whose code lives under {@code basePackage}, e.g. {@code org.hatecrime.cases}. */
    public static ArchitectureRules forService(String basePackage) {
        return new ArchitectureRules(basePackage);
    }

    /** Every rule, each to be checked against the service's main classes. */
    public List<ArchRule> rules() {
        return List.of(
                domainKnowsNothingOfHttpOrMessaging(),
                packagesAreFreeOfCycles(),
                capabilitiesAreFreeOfCycles(),
                noCodeOfOtherServices(),
                consumersGoThroughApplicationServices(),
                randomnessComesFromTheKit());
    }

    /** One test per rule against the service's main classes (tests are not checked). */
    public Stream<DynamicTest> check() {
        JavaClasses classes = mainClasses();
        return rules().stream().map(rule -> DynamicTest.dynamicTest(nameOf(rule), () -> rule.check(classes)));
    }

    /** The rule as a test name: what it requires, without the reason. */
    private static String nameOf(ArchRule rule) {
        String description = rule.getDescription();
        int reason = description.indexOf(", because ");
        return reason < 0 ? description : description.substring(0, reason);
    }

    /** The service's own classes from {@code target/classes}, without its tests. */
    public JavaClasses mainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    public ArchRule domainKnowsNothingOfHttpOrMessaging() {
        return noClasses().that().resideInAPackage(basePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        basePackage + ".api..", basePackage + ".messaging..", JAX_RS, KIT_PROBLEMS)
                .as("the domain of " + basePackage + " depends on no API, messaging, JAX-RS or HTTP problem types")
                .because("business rules must read the same whoever calls them, a resource or a consumer; "
                        + "the domain says what happened (an empty Optional, a refused move, an event) and the api "
                        + "package decides which HTTP status and problem type that is");
    }

    public ArchRule packagesAreFreeOfCycles() {
        return slices().matching(basePackage + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .as("the packages of " + basePackage + " (api, domain, messaging, config) are free of cycles")
                .because("dependencies point one way, from the edges (api, messaging) to the domain, so each "
                        + "package can be read, tested and changed without pulling in the others");
    }

    public ArchRule capabilitiesAreFreeOfCycles() {
        return slices().matching(basePackage + ".domain.(*)..").namingSlices("domain.$1")
                .should().beFreeOfCycles()
                .allowEmptyShould(true)
                .as("the domain capabilities of " + basePackage + " (domain.<capability>) are free of cycles")
                .because("a capability that needs another uses it one way only; two capabilities that need each "
                        + "other are one capability, or share something that belongs in a third");
    }

    public ArchRule noCodeOfOtherServices() {
        String[] others = SERVICE_PACKAGES.stream()
                .filter(service -> !basePackage.equals(service) && !basePackage.startsWith(service + "."))
                .map(service -> service + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as(basePackage + " uses no code of another service")
                .because("each service is a bounded context with its own database and release; it learns about "
                        + "the others only through their events (libs/event-contracts) and their HTTP APIs, and "
                        + "code that two services really share belongs in libs/");
    }

    public ArchRule consumersGoThroughApplicationServices() {
        return noClasses().that(consumersIn(basePackage))
                .should().accessClassesThat(entitiesOrRepositories())
                .allowEmptyShould(true)
                .as("the event consumers of " + basePackage + " touch no entity or repository")
                .because("a consumer hands each event to an application service in the domain, which applies it "
                        + "in the inbox's transaction: the same rules then hold whether a change comes from a "
                        + "request or an event, and the consumer stays a thin adapter");
    }

    public ArchRule randomnessComesFromTheKit() {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().callMethod(UUID.class, "randomUUID")
                .orShould().callConstructor(SecureRandom.class)
                .as("random ids, keys and codes of " + basePackage + " come from the kit's Randomness")
                .because("UUID.randomUUID and new SecureRandom share one generator per JVM behind a global lock, "
                        + "on which request threads queued under load; Randomness gives each thread its own");
    }

    /**
     * Classes in {@code messaging} that take events in: they listen on a channel ({@code @Incoming}),
     * hand records to the kit's inbox, or are handlers for it ({@link java.util.function.Consumer}s
     * given to its {@code EventRoutes}).
     */
    static DescribedPredicate<JavaClass> consumersIn(String basePackage) {
        return describe("are event consumers in " + basePackage + ".messaging", (JavaClass type) ->
                type.getPackageName().startsWith(basePackage + ".messaging")
                        && (listensOnAChannel(type)
                                || type.isAssignableTo(java.util.function.Consumer.class)
                                || usesTheInbox(type)));
    }

    private static boolean listensOnAChannel(JavaClass type) {
        return type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(INCOMING));
    }

    private static boolean usesTheInbox(JavaClass type) {
        return type.getDirectDependenciesFromSelf().stream()
                .anyMatch(dependency -> resideInAnyPackage(INBOX).test(dependency.getTargetClass()));
    }

    static DescribedPredicate<JavaClass> entitiesOrRepositories() {
        return assignableTo(PANACHE_ENTITY)
                .or(assignableTo(PANACHE_REPOSITORY))
                .or(annotatedWith(ENTITY))
                .as("are entities or repositories");
    }
}
