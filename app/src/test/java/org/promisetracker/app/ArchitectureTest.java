package org.promisetracker.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module boundaries of ARCHITECTURE.md, checked on the compiled classes. Here because app is
 * the one module that sees every other; Maven keeps command-side and query-side apart only as long
 * as nobody adds the dependency, this keeps them apart when someone does.
 */
class ArchitectureTest {

    private static final String API = "org.promisetracker.api..";
    private static final String PLATFORM = "org.promisetracker.platform..";
    private static final String COMMAND = "org.promisetracker.command..";
    private static final String QUERY = "org.promisetracker.query..";
    private static final String WEB = "org.promisetracker.web..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.promisetracker");

    // a rule over a module that was not imported passes trivially; make sure each one is there
    @ParameterizedTest
    @ValueSource(strings = {API, PLATFORM, COMMAND, QUERY, WEB, "org.promisetracker.app.."})
    void everyModuleIsImported(String module) {
        assertThat(CLASSES.that(resideInAPackage(module)))
                .as("classes in %s", module)
                .isNotEmpty();
    }

    // the feature packages of each module (query.report, query.projection, command.plan, ...)
    @ParameterizedTest
    @ValueSource(
            strings = {
                "org.promisetracker.command.(*)..",
                "org.promisetracker.query.(*)..",
                "org.promisetracker.platform.(*)..",
                "org.promisetracker.web.(*)..",
                "org.promisetracker.app.(*).."
            })
    void noFeaturePackageDependsOnAnotherThatDependsBackOnIt(String featuresOfAModule) {
        slices().matching(featuresOfAModule)
                .should()
                .beFreeOfCycles()
                .because("a feature is read, changed and moved on its own only if nothing it uses uses it back")
                .check(CLASSES);
    }

    @Test
    void commandSideNeverDependsOnQuerySide() {
        noClasses()
                .that()
                .resideInAPackage(COMMAND)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(QUERY)
                .because("the two sides talk only through messages, so each can run as its own process")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void querySideNeverDependsOnCommandSide() {
        noClasses()
                .that()
                .resideInAPackage(QUERY)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(COMMAND)
                .because("the two sides talk only through messages, so each can run as its own process")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void sharedEventsDependOnNoFrameworkButAxonAnnotations() {
        noClasses()
                .that()
                .resideInAPackage(API)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "javax.persistence..",
                        "org.hibernate..",
                        "com.fasterxml.jackson.databind..")
                .because("shared-events is the published language every deployment reads; "
                        + "it carries Axon's annotations only")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void sharedEventsAreRecordsEnumsAndInterfacesOnly() {
        classes()
                .that()
                .resideInAPackage(API)
                // the rules a command's values keep, which the aggregates and the import both apply
                .and()
                .resideOutsideOfPackage("org.promisetracker.api.rules..")
                .should()
                .beRecords()
                .orShould()
                .beEnums()
                .orShould()
                .beInterfaces()
                .orShould()
                .haveSimpleName("package-info")
                .because("messages are immutable values serialized as exactly their fields")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void platformDependsOnNeitherSide() {
        noClasses()
                .that()
                .resideInAPackage(PLATFORM)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(COMMAND, QUERY, WEB)
                .because("platform is what every module shares; depending on one would drag it into the others")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void webReachesTheOtherModulesOnlyThroughMessages() {
        classes()
                .that()
                .resideInAPackage(WEB)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        WEB,
                        API,
                        PLATFORM,
                        "java..",
                        "jakarta..",
                        "org.springframework..",
                        "org.axonframework.commandhandling..",
                        "org.axonframework.queryhandling..",
                        "org.axonframework.messaging..",
                        "org.axonframework.modelling.command..",
                        "org.slf4j..",
                        "tools.jackson..",
                        "com.github.benmanes.caffeine..",
                        "io.swagger..",
                        "org.thymeleaf..",
                        "org.apache.catalina..",
                        "org.apache.coyote..",
                        "io.micrometer..",
                        "org.apache.tomcat..",
                        "org.jspecify..",
                        // Spring AOP's interceptor interface (SharedSessions)
                        "org.aopalliance.intercept..",
                        // the committee papers: Word and Excel (POI and its OOXML schemas), PDF (openhtmltopdf)
                        "org.apache.poi..",
                        "org.openxmlformats.schemas..",
                        "org.apache.xmlbeans..",
                        "com.openhtmltopdf..",
                        // imports: CSV, the workbook's zip read once to bound it, its parts read as a stream
                        "org.apache.commons.csv..",
                        "org.apache.commons.compress..",
                        "org.xml.sax..",
                        "javax.xml..",
                        // a previewed upload and the one-import-per-plan lock are kept in PostgreSQL, as sessions are
                        "javax.sql..")
                .because("a web node holds no state and runs anywhere: it sends commands and queries through "
                        + "Axon's gateways and knows the other modules only by the messages in shared-events")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void theSidesServeNoHttpOfTheirOwn() {
        noClasses()
                .that()
                .resideInAnyPackage(COMMAND, QUERY, PLATFORM)
                .should()
                .beAnnotatedWith(org.springframework.stereotype.Controller.class)
                .orShould()
                .beAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(WEB, "org.springframework.web.bind..", "org.springframework.security..")
                .because("every path is served by the web module, so a client need not know which node does what")
                .allowEmptyShould(false)
                .check(CLASSES);
    }
}
