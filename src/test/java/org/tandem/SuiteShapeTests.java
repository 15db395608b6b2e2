package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tandem.support.PostgresRelevant;

/**
 * The suite's shape, as docs/decisions/0073-test-suite-shape.md decides it: repository tests run on PostgreSQL
 * too, and browser tests wait on conditions, never on time. Reads the compiled test classes and the test sources,
 * so it costs no Spring context.
 */
class SuiteShapeTests {

    @Test
    void everyRepositoryTestAlsoRunsOnPostgresql() throws Exception {
        List<String> unmarked = testClassesNamed("RepositoryTests").stream()
                .filter(name -> !load(name).isAnnotationPresent(PostgresRelevant.class))
                .toList();

        assertThat(unmarked).as("the SQL of a repository is what differs between H2 and PostgreSQL: mark these @PostgresRelevant")
                .isEmpty();
        assertThat(testClassesNamed("RepositoryTests")).as("repository tests found").isNotEmpty();
    }

    @Test
    void noTestClassTakesTheNameOfAnApplicationClass() throws IOException {
        // A test class with a main class's package and name replaces it on the test classpath: the application then
        // runs the test's class in every test of the suite (a web-slice helper once did that to the sign-in principal).
        Path main = Path.of("src", "main", "java");
        Path test = Path.of("src", "test", "java");
        List<Path> mainClasses;
        try (Stream<Path> files = Files.walk(main)) {
            mainClasses = files.filter(f -> f.toString().endsWith(".java")).map(main::relativize).toList();
        }
        assertThat(mainClasses).as("application classes found").isNotEmpty();
        assertThat(mainClasses).filteredOn(relative -> Files.exists(test.resolve(relative))).as("test classes named as application classes")
                .isEmpty();
    }

    @Test
    void browserTestsWaitOnConditionsNeverOnTime() throws IOException {
        Path sources = Path.of("src", "test", "java");
        List<Path> browserCode;
        try (Stream<Path> files = Files.walk(sources)) {
            browserCode = files.filter(f -> f.getFileName().toString().endsWith("BrowserTests.java")
                    || f.getFileName().toString().equals("Browser.java")).toList();
        }
        List<Path> sleeping = browserCode.stream().filter(f -> read(f).contains("Thread.sleep")).toList();

        assertThat(browserCode).as("browser tests found").hasSizeGreaterThan(1);
        assertThat(sleeping).as("a sleep long enough on a busy machine is too long everywhere else: wait for what the page shows "
                + "(Browser.waitFor, clickToLoad, clickToSwap)").isEmpty();
    }

    /** Binary names of the top-level test classes whose simple name ends with the suffix. */
    private static List<String> testClassesNamed(String suffix) throws IOException, URISyntaxException {
        Path root = Path.of(SuiteShapeTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(f -> root.relativize(f).toString())
                    .filter(f -> f.endsWith(suffix + ".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SuiteShapeTests.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
