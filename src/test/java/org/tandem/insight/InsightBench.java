package org.tandem.insight;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.people.Role;
import org.tandem.program.ProgramId;

/**
 * Warm-loop benchmark of the program dashboard and the pair scorecard on the data of bench/insight/generate.sql.
 * Not a test (no JUnit), so {@code ./mvnw verify} never runs it; bench/insight/run.sh does. Prints a Markdown table.
 */
public final class InsightBench {

    static final UUID ORG = UUID.fromString("01900000-0000-7000-8000-000000000001");
    static final UUID ADMIN = UUID.fromString("01901000-0000-7000-8000-000000000001");
    static final UUID LEAD = UUID.fromString("01901000-0000-7000-8000-000000000002");
    static final UUID PROGRAM = UUID.fromString("01903000-0000-7000-8000-000000000001");

    public static void main(String[] args) {
        String url = System.getenv().getOrDefault("TANDEM_BENCH_URL", "jdbc:postgresql://127.0.0.1:5432/tandem_bench");
        // command-line arguments, so they win over application.yml (builder default properties would not)
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.flyway.baseline-on-migrate=true", "--spring.flyway.baseline-version=" + System.getenv().getOrDefault("TANDEM_BENCH_BASELINE", "8"), "--tandem.demo=false",
                "--db-scheduler.enabled=false", "--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            run(context);
        } finally {
            context.close();
        }
    }

    static void run(ConfigurableApplicationContext context) {
        InsightRollups rollups = context.getBean(InsightRollups.class);
        ProgramDashboards dashboards = context.getBean(ProgramDashboards.class);
        PairScorecards scorecards = context.getBean(PairScorecards.class);
        Actor lead = new Actor(new PersonId(LEAD), new OrganizationId(ORG), "lead@bench.example", "Lead", Set.of(Role.PROGRAM_LEAD), ZoneId.of("UTC"));

        long start = System.nanoTime();
        int refreshed = rollups.refreshChanged();
        double refreshSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "rollups refreshed: %d pairs in %.1f s (%.2f ms per pair)%n", refreshed, refreshSeconds,
                refreshed == 0 ? 0 : refreshSeconds * 1000 / refreshed);

        ProgramId program = new ProgramId(PROGRAM);
        start = System.nanoTime();
        rollups.rebuild(new OrganizationId(ORG), program);
        System.out.printf(Locale.ROOT, "program figures rebuilt from the pairs' rollups in %.1f s%n", (System.nanoTime() - start) / 1e9);
        double[] dashboard = measure(20, 50, i -> dashboards.dashboard(lead, program));
        int pairs = dashboards.dashboard(lead, program).figures().pairs();
        double[] scorecard = measure(300, 1000, i -> scorecards.scorecard(lead, new MentorshipId(mentorship(1 + (i * 7919L) % 10000))));

        System.out.println();
        System.out.println("| what | n | p50 ms | p95 ms | max ms | target ms | p95 / target |");
        System.out.println("|---|---|---|---|---|---|---|");
        row("program dashboard (" + pairs + " pairs)", dashboard, 50);
        row("pair scorecard (100 check-ins each)", scorecard, 20);
    }

    static UUID mentorship(long k) {
        return UUID.fromString(String.format("01904000-0000-7000-8000-%012x", k));
    }

    interface Call {
        Object run(int i);
    }

    static double[] measure(int warmup, int n, Call call) {
        for (int i = 0; i < warmup; i++) {
            call.run(i);
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.run(warmup + i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static void row(String what, double[] sorted, double target) {
        double p50 = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.0f | %.2f |%n", what, sorted.length, p50, p95,
                sorted[sorted.length - 1], target, p95 / target);
    }

}
