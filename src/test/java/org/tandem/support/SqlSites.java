package org.tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Where the application's SQL comes from: for every statement jOOQ runs, the first method of the application's
 * own code on the stack ({@code org.tandem.goal.GoalRepository.insert}). When the test JVM ends, the sites it saw
 * are written to {@code target/sql-sites/h2.txt} or {@code target/sql-sites/postgres.txt}, so after a whole
 * {@code ./mvnw verify} {@code .ci/run} can list the queries that ran on H2 but never on PostgreSQL — the place to
 * look when choosing what to mark {@link PostgresRelevant}. Registered in every test context by {@link TestDatabase}.
 */
final class SqlSites implements ExecuteListener {

    private static final Set<String> SITES = ConcurrentHashMap.newKeySet();
    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** Whether a class is the application's own code (target/classes), not a test, a library or generated jOOQ code. */
    private static final ClassValue<Boolean> APPLICATION = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (!type.getName().startsWith("org.tandem.") || type.getName().startsWith("org.tandem.db.")) {
                return false;
            }
            CodeSource source = type.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            return location != null && location.getPath().endsWith("/classes/");
        }
    };

    private static final SqlSites INSTANCE = new SqlSites();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SqlSites::write, "sql-sites"));
    }

    private SqlSites() {
    }

    static SqlSites instance() {
        return INSTANCE;
    }

    @Override
    public void executeStart(ExecuteContext context) {
        STACK.walk(frames -> frames.filter(f -> APPLICATION.get(f.getDeclaringClass())).findFirst())
                .ifPresent(f -> SITES.add(f.getClassName() + "." + methodOf(f.getMethodName())));
    }

    /** {@code lambda$insert$3} is the method {@code insert}. */
    private static String methodOf(String name) {
        if (name.startsWith("lambda$")) {
            int end = name.indexOf('$', "lambda$".length());
            return end < 0 ? name : name.substring("lambda$".length(), end);
        }
        return name;
    }

    private static void write() {
        if (SITES.isEmpty()) {
            return;
        }
        try {
            Path file = Path.of("target", "sql-sites", (TestDatabase.postgres() ? "postgres" : "h2") + ".txt");
            Files.createDirectories(file.getParent());
            Files.write(file, SITES.stream().sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
