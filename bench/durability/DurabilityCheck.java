import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durability check of issue 17 (bench/durability/README.md, decision 0096). Against the built jar on a fresh
 * PostgreSQL database:
 * <ol>
 *   <li>kill -9 mid-stream: writers create people through the API; the app is killed with SIGKILL while they write;
 *       after a restart every write that was answered 201 must be in the database;</li>
 *   <li>PostgreSQL stopped under the running app: /actuator/health must answer 503 within bounded time (no request
 *       hangs), and UP again by itself once PostgreSQL is back, and a write must then succeed;</li>
 *   <li>two instances on one database, one killed mid-sweep: reminders (and the held invitations released by the
 *       sweep) reach the SMTP server (GreenMail, in this process) at most once each; every message the outbox
 *       records as SENT arrived exactly once, and only the claims the killed instance held at its death may be
 *       left UNKNOWN for an admin.</li>
 * </ol>
 * Exits non-zero on any lost acknowledged write, duplicate mail, or an app that does not recover.
 * Run through {@code bench/durability/check.sh}, which builds the class path and the database.
 */
public class DurabilityCheck {

    static final String ADMIN = "durability-admin@tandem.example";
    static final String PASSWORD = "Durable-check-password-17";
    /** How long any request may take: generous, because the first requests of a fresh JVM on a busy machine are slow. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** While PostgreSQL is down every answer must come within this (the pool gives up after 5 s): nothing hangs. */
    static final Duration OUTAGE_BOUND = Duration.ofSeconds(20);

    static final int ACKNOWLEDGED_BEFORE_KILL = 100;
    static final int PAIRS = 30;

    final String jar;
    final String pgVersion;
    final String pgCluster;
    final int pgPort;
    final String db;
    final int portA;
    final int portB;
    final int smtpPort;
    final String jdbcUrl;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
    final List<String> failures = new ArrayList<>();
    final List<Process> processes = new ArrayList<>();
    final long started = System.nanoTime();
    int launched;
    volatile boolean pgStopped;
    String token;

    DurabilityCheck(Map<String, String> args) {
        jar = args.getOrDefault("jar", "target/tandem-0.1.0-SNAPSHOT.jar");
        pgVersion = args.getOrDefault("pg-version", "15");
        pgCluster = args.getOrDefault("pg-cluster", "main");
        pgPort = Integer.parseInt(args.getOrDefault("pg-port", "5432"));
        db = args.getOrDefault("db", "resil_durability");
        portA = Integer.parseInt(args.getOrDefault("port-a", "8105"));
        portB = Integer.parseInt(args.getOrDefault("port-b", "8115"));
        smtpPort = Integer.parseInt(args.getOrDefault("smtp-port", "8125"));
        jdbcUrl = "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + db;
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            int eq = a.indexOf('=');
            args.put(a.substring(2, eq), a.substring(eq + 1));
        }
        var check = new DurabilityCheck(args);
        int code;
        try {
            code = check.run();
        } catch (Exception e) {
            e.printStackTrace();
            check.failures.forEach(f -> System.err.println("FAILED: " + f));
            System.err.println("FAILED: " + e);
            code = 1;
        } finally {
            check.processes.forEach(Process::destroyForcibly);
            if (check.pgStopped) {
                check.pgctl("start"); // never leave the cluster down, whatever failed
            }
        }
        System.exit(code);
    }

    int run() throws Exception {
        // GreenMail and the JDBC driver log through Logback at DEBUG without a configuration: keep the output to ours.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
        say("jar %s, PostgreSQL %s/%s on port %d, database %s", jar, pgVersion, pgCluster, pgPort, db);
        killMidStream();
        if (failures.isEmpty()) {
            postgresRestart();
        }
        if (failures.isEmpty()) {
            twoInstancesOneKilledMidSweep();
        }
        if (failures.isEmpty()) {
            say("durability check passed");
            return 0;
        }
        failures.forEach(f -> System.err.println("FAILED: " + f));
        return 1;
    }

    // ---------------------------------------------------------------- 1. kill -9 while writes are acknowledged

    void killMidStream() throws Exception {
        Process a = start("a", portA, false);
        awaitHealthy(portA, Duration.ofSeconds(300));
        token = createToken(portA);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempted = new AtomicInteger();
        AtomicInteger refusedWhileUp = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            pool.submit(() -> {
                for (int i = 0; ; i++) {
                    String email = "durable-" + writer + "-" + i + "@tandem.example";
                    attempted.incrementAndGet();
                    try {
                        var response = post(portA, "/api/v1/people", "{\"email\":\"" + email + "\",\"displayName\":\"Durable " + writer + " " + i
                                + "\",\"roles\":[\"MENTEE\"]}");
                        if (response.statusCode() == 201) {
                            acknowledged.add(email);
                        } else if (!killed.get()) {
                            refusedWhileUp.incrementAndGet();
                        }
                    } catch (IOException e) {
                        if (killed.get()) {
                            return; // the app is gone: the write was never acknowledged
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        try {
            await("acknowledged writes before the kill", () -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, Duration.ofSeconds(60));
        } finally {
            killed.set(true);
            kill9(a);
        }
        int acknowledgedAtKill = acknowledged.size();
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        say("kill -9 with writes in flight: %d attempted, %d acknowledged (%d before SIGKILL), %d refused while up",
                attempted.get(), acknowledged.size(), acknowledgedAtKill, refusedWhileUp.get());

        start("a", portA, false);
        awaitHealthy(portA, Duration.ofSeconds(300));
        Set<String> stored = new HashSet<>();
        try (Connection c = jdbc(); ResultSet rs = c.createStatement().executeQuery("select email from person where email like 'durable-%'")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        say("after restart: %d of %d acknowledged writes present, %d stored in all (unacknowledged ones may or may not be)",
                acknowledged.size() - lost.size(), acknowledged.size(), stored.size());
        if (!lost.isEmpty()) {
            failures.add(lost.size() + " acknowledged writes lost after kill -9, e.g. " + lost.iterator().next());
        }
        if (refusedWhileUp.get() > 0) {
            failures.add(refusedWhileUp.get() + " writes were refused while the app was up");
        }
    }

    // ---------------------------------------------------------------- 2. PostgreSQL goes away under the running app

    void postgresRestart() throws Exception {
        AtomicBoolean polling = new AtomicBoolean(true);
        List<String> timeline = new ArrayList<>();
        AtomicLong slowest = new AtomicLong();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicInteger lastStatus = new AtomicInteger();
        Thread poller = Thread.ofPlatform().daemon().start(() -> {
            int previous = -1;
            while (polling.get()) {
                long t0 = System.nanoTime();
                int status;
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/actuator/health"))
                            .timeout(OUTAGE_BOUND).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException e) {
                    status = 0;
                    unanswered.incrementAndGet();
                } catch (InterruptedException e) {
                    return;
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                slowest.accumulateAndGet(ms, Math::max);
                lastStatus.set(status);
                if (status != previous) {
                    synchronized (timeline) {
                        timeline.add(String.format("%.1fs health %s (%d ms)", seconds(), status == 0 ? "no answer" : status, ms));
                    }
                    previous = status;
                }
                sleep(200);
            }
        });
        await("health UP before PostgreSQL stops", () -> lastStatus.get() == 200, Duration.ofSeconds(10));
        long stopAt = System.nanoTime();
        pgctl("stop");
        boolean down = awaitQuietly(() -> lastStatus.get() == 503, Duration.ofSeconds(45));
        long downAfter = (System.nanoTime() - stopAt) / 1_000_000;
        int whileDown;
        long t0 = System.nanoTime();
        try {
            whileDown = http.send(request(portA, "POST", "/api/v1/people", "{\"email\":\"while-down@tandem.example\",\"displayName\":\"While down\",\"roles\":[\"MENTEE\"]}",
                    "application/json").timeout(OUTAGE_BOUND).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (java.net.http.HttpTimeoutException e) {
            whileDown = 0;
            failures.add("a write while PostgreSQL was down got no answer within " + OUTAGE_BOUND.toSeconds() + " s");
        }
        long writeMs = (System.nanoTime() - t0) / 1_000_000;
        pgctl("start");
        long startAt = System.nanoTime();
        boolean up = awaitQuietly(() -> lastStatus.get() == 200, Duration.ofSeconds(60));
        long upAfter = (System.nanoTime() - startAt) / 1_000_000;
        polling.set(false);
        poller.join();
        timeline.forEach(line -> say("  %s", line));
        say("PostgreSQL stopped: health 503 after %d ms; a write while down answered %d in %d ms; started again: health UP after %d ms; "
                + "slowest health answer %d ms, %d without an answer", downAfter, whileDown, writeMs, upAfter, slowest.get(), unanswered.get());
        if (!down) {
            failures.add("health never answered 503 while PostgreSQL was stopped");
        }
        if (unanswered.get() > 0) {
            failures.add(unanswered.get() + " health requests got no answer within " + OUTAGE_BOUND.toSeconds() + " s");
        }
        if (whileDown != 0 && whileDown != 503) {
            failures.add("a write while PostgreSQL was down answered " + whileDown + " instead of 503");
        }
        if (!up) {
            failures.add("health did not come back UP by itself after PostgreSQL started");
            return;
        }
        var after = post(portA, "/api/v1/people", "{\"email\":\"after-restart@tandem.example\",\"displayName\":\"After restart\",\"roles\":[\"MENTEE\"]}");
        say("a write after recovery answered %d", after.statusCode());
        if (after.statusCode() != 201) {
            failures.add("a write after PostgreSQL came back answered " + after.statusCode() + ": " + after.body());
        }
    }

    // ---------------------------------------------------------------- 3. two instances, one killed mid-sweep

    void twoInstancesOneKilledMidSweep() throws Exception {
        // The kill cuts SMTP conversations in the middle; GreenMail's handler threads end with the reset: one line each.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> say("SMTP connection %s ended: %s", thread.getName(), e.getMessage()));
        var smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            processes.forEach(DurabilityCheck::kill9); // instance a of parts 1 and 2 ran without a mail server
            // Part 1's kill may have cut claims too (an instance without SMTP claims, then holds): those end UNKNOWN
            // before this part begins and are no part of its count.
            int unknownBefore = countWhere("status = 'UNKNOWN' or (status = 'SENDING')");
            processes.clear();
            Process a = start("a", portA, true);
            Process b = start("b", portB, true);
            awaitHealthy(portB, Duration.ofSeconds(300));
            awaitHealthy(portA, Duration.ofSeconds(300));

            int pairs = PAIRS;
            String playbook = idOf(post(portB, "/api/v1/playbooks", "{\"name\":\"Durability\",\"sections\":[{\"kind\":\"REVIEW\",\"title\":\"Review\","
                    + "\"minutes\":30,\"prompts\":[]}]}"));
            String program = idOf(post(portB, "/api/v1/programs", "{\"name\":\"Durability\",\"playbookId\":\"" + playbook
                    + "\",\"defaultCadence\":{\"intervalDays\":14,\"durationMinutes\":45}}"));
            StringBuilder csv = new StringBuilder("email,displayName,roles\n");
            for (int i = 0; i < pairs; i++) {
                csv.append("mentor-").append(i).append("@tandem.example,Mentor ").append(i).append(",MENTOR\n");
                csv.append("mentee-").append(i).append("@tandem.example,Mentee ").append(i).append(",MENTEE\n");
            }
            var imported = send(portB, "POST", "/api/v1/people/import", csv.toString(), "text/csv");
            if (imported.statusCode() != 200) {
                failures.add("the CSV import answered " + imported.statusCode() + ": " + imported.body());
                return;
            }
            Map<String, String> ids = new HashMap<>();
            try (Connection c = jdbc(); ResultSet rs = c.createStatement().executeQuery(
                    "select email, id from person where email like 'mentor-%' or email like 'mentee-%'")) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getString(2));
                }
            }
            long pidA = a.pid();
            AtomicInteger created = new AtomicInteger();
            Instant firstAt = Instant.now().plus(Duration.ofHours(23)).truncatedTo(ChronoUnit.MINUTES);
            Thread creator = Thread.ofPlatform().daemon().start(() -> {
                for (int i = 0; i < pairs; i++) {
                    try {
                        var r = post(portB, "/api/v1/mentorships", "{\"programId\":\"" + program + "\",\"mentorId\":\"" + ids.get("mentor-" + i + "@tandem.example")
                                + "\",\"menteeId\":\"" + ids.get("mentee-" + i + "@tandem.example") + "\",\"cadence\":{\"intervalDays\":14,\"durationMinutes\":45,"
                                + "\"firstAt\":\"" + firstAt.plusSeconds(60L * i) + "\"}}");
                        if (r.statusCode() == 201) {
                            created.incrementAndGet();
                        } else {
                            synchronized (failures) {
                                failures.add("creating mentorship " + i + " answered " + r.statusCode() + ": " + r.body());
                            }
                        }
                    } catch (Exception e) {
                        synchronized (failures) {
                            failures.add("creating mentorship " + i + ": " + e);
                        }
                    }
                }
            });
            // Kill instance a while it is delivering: it has sent some and holds claims, and pairs are still being created.
            // (A SENT row no longer names its sender, so a's work shows as the claims it holds while sending.)
            await("instance a delivering while pairs are created", () -> created.get() >= PAIRS / 3 && claimedBy(pidA) >= 1,
                    Duration.ofSeconds(120));
            kill9(a);
            int heldAtKill = claimedBy(pidA);
            say("killed instance a mid-sweep holding %d claims; %d of %d pairs created so far, %d mails received",
                    heldAtKill, created.get(), pairs, smtp.getReceivedMessages().length);
            creator.join();
            int reminders = 2 * created.get();
            await("every message finished (b revives a's executions and sweeps its claims)", () -> {
                try (Connection c = jdbc(); ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) filter (where kind = 'CHECKIN_REMINDER'), count(*) filter (where status in ('PENDING','SENDING','HELD'))"
                                + " from outbox_message where channel = 'MAIL'")) {
                    rs.next();
                    return rs.getInt(1) >= reminders && rs.getInt(2) == 0;
                } catch (SQLException e) {
                    return false;
                }
            }, Duration.ofSeconds(90));
            sleep(1500); // a second copy, if any, would arrive now

            Map<String, Integer> received = new HashMap<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                for (var to : m.getRecipients(Message.RecipientType.TO)) {
                    received.merge(to.toString().toLowerCase() + "|" + m.getSubject(), 1, Integer::sum);
                }
            }
            int sent = 0;
            int unknown = 0;
            int reminderRows = 0;
            int remindersOnce = 0;
            List<String> problems = new ArrayList<>();
            try (Connection c = jdbc(); ResultSet rs = c.createStatement().executeQuery(
                    "select recipient, subject, status, kind from outbox_message where channel = 'MAIL'")) {
                while (rs.next()) {
                    String key = rs.getString(1).toLowerCase() + "|" + rs.getString(2);
                    int copies = received.getOrDefault(key, 0);
                    String status = rs.getString(3);
                    boolean reminder = "CHECKIN_REMINDER".equals(rs.getString(4));
                    reminderRows += reminder ? 1 : 0;
                    if (copies > 1) {
                        problems.add(copies + " copies of " + key + " (" + status + ")");
                    }
                    if ("SENT".equals(status)) {
                        sent++;
                        if (copies != 1) {
                            problems.add(key + " is SENT but arrived " + copies + " times");
                        }
                    } else if ("UNKNOWN".equals(status)) {
                        unknown++;
                    } else {
                        problems.add(key + " ended " + status);
                    }
                    if (reminder && copies == 1) {
                        remindersOnce++;
                    }
                }
            }
            say("two instances, a killed mid-sweep: %d mails in the outbox (%d reminders for %d pairs), %d SENT, %d UNKNOWN "
                    + "(%d from part 1's kill; claims a held at its death: %d); reminders received exactly once: %d; GreenMail received %d",
                    sent + unknown, reminderRows, created.get(), sent, unknown, unknownBefore, heldAtKill, remindersOnce, smtp.getReceivedMessages().length);
            if (reminderRows != reminders) {
                problems.add(reminderRows + " reminder mails written for " + reminders + " due reminders");
            }
            if (unknown - unknownBefore > heldAtKill) {
                problems.add((unknown - unknownBefore) + " messages became UNKNOWN but a held only " + heldAtKill + " claims when it died");
            }
            if (!problems.isEmpty()) {
                failures.add("mail after the kill: " + problems.size() + " problems, e.g. " + problems.subList(0, Math.min(5, problems.size())));
            }
        } finally {
            smtp.stop();
        }
    }

    int claimedBy(long pid) {
        return countWhere("status = 'SENDING' and claimed_by like '%/" + pid + "/%'");
    }

    int countWhere(String condition) {
        try (Connection c = jdbc(); ResultSet rs = c.createStatement().executeQuery("select count(*) from outbox_message where " + condition)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- the app, PostgreSQL and HTTP

    Process start(String name, int port, boolean mail) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar,
                "--server.port=" + port, "--tandem.demo=false", "--logging.structured.format.console=",
                "--tandem.notify.reminder-scan=1s", "--tandem.notify.sweep=2s", "--tandem.notify.lease=10s",
                "--tandem.notify.retry-base=1s", "--db-scheduler.polling-interval=500ms", "--db-scheduler.heartbeat-interval=1s",
                "--db-scheduler.missed-heartbeats-limit=4", "--tandem.cadence.poll=10m"));
        if (mail) {
            command.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort));
        }
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("target/durability-" + (++launched) + "-" + name + ".log"));
        builder.environment().putAll(Map.of("SPRING_PROFILES_ACTIVE", "postgres", "TANDEM_DB_URL", jdbcUrl, "TANDEM_DB_USER", "postgres",
                "TANDEM_DB_PASSWORD", "", "TANDEM_ADMIN_EMAIL", ADMIN, "TANDEM_ADMIN_PASSWORD", PASSWORD));
        Process p = builder.start();
        processes.add(p);
        say("started instance %s (pid %d) on port %d%s", name, p.pid(), port, mail ? " with SMTP at " + smtpPort : "");
        return p;
    }

    static void kill9(Process p) {
        if (!p.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-9", Long.toString(p.pid())).inheritIO().start().waitFor();
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            p.destroyForcibly();
        }
    }

    void pgctl(String action) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        int code = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", pgVersion, pgCluster, action)
                .inheritIO().start().waitFor();
        say("pg_ctlcluster %s %s %s: exit %d in %d ms", pgVersion, pgCluster, action, code, (System.nanoTime() - t0) / 1_000_000);
        pgStopped = "stop".equals(action) ? code == 0 : pgStopped && code != 0;
        if (code != 0) {
            throw new IllegalStateException("pg_ctlcluster " + action + " failed");
        }
    }

    void awaitHealthy(int port, Duration limit) throws Exception {
        long t0 = System.nanoTime();
        await("instance on port " + port + " healthy", () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5)).GET()
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, limit);
        say("instance on port %d healthy after %d ms", port, (System.nanoTime() - t0) / 1_000_000);
    }

    String createToken(int port) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me/tokens"))
                .timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json").header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"durability check\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("could not create a token: " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    HttpResponse<String> post(int port, String path, String json) throws IOException, InterruptedException {
        return send(port, "POST", path, json, "application/json");
    }

    HttpResponse<String> send(int port, String method, String path, String body, String type) throws IOException, InterruptedException {
        return http.send(request(port, method, path, body, type).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(int port, String method, String path, String body, String type) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", type).header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    String idOf(HttpResponse<String> response) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("expected 201 with an id: " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    Connection jdbc() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "");
    }

    void await(String what, BooleanSupplier condition, Duration limit) {
        if (!awaitQuietly(condition, limit)) {
            throw new IllegalStateException("timed out after " + limit.toSeconds() + " s waiting for " + what);
        }
    }

    static boolean awaitQuietly(BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(50);
        }
        return condition.getAsBoolean();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    void say(String format, Object... args) {
        System.out.printf("[%5.1fs] %s%n", seconds(), String.format(format, args));
    }
}
