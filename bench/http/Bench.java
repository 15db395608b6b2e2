import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * The client side of bench/http (README there). Single-file program, run with the extracted jar's lib/ on the class path
 * (HdrHistogram comes from there):
 * <pre>
 *   java -cp 'target/app/lib/*' bench/http/Bench.java seed    BASE SEED_FILE      tokens, a goal with 12 measurements, ids
 *   java -cp 'target/app/lib/*' bench/http/Bench.java mix     SEED_FILE RATE SECONDS BASE...   open-model mix, p50/p99/max
 *   java -cp 'target/app/lib/*' bench/http/Bench.java session SEED_FILE BASE_A BASE_B  a session signed in on A works on B
 *   java -cp 'target/app/lib/*' bench/http/Bench.java login   SEED_FILE BASE EMAIL   prints a signed-in SESSION cookie
 * </pre>
 * The seed uses Tandem's own demo seed (tandem.demo=true, every demo account shares the password in the seed file)
 * and Tandem's API for the rest, so the data is what the application writes.
 */
public class Bench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(args[1], Path.of(args[2]));
            case "mix" -> mix(load(Path.of(args[1])), Integer.parseInt(args[2]), Integer.parseInt(args[3]), List.of(args).subList(4, args.length));
            case "session" -> session(load(Path.of(args[1])), args[2], args[3]);
            case "login" -> System.out.println(login(args[2], args[3], load(Path.of(args[1])).getProperty("password")));
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- seed

    static void seed(String base, Path file) throws Exception {
        String password = System.getenv().getOrDefault("DEMO_PASSWORD", "bench-password-2026");
        String mentor = "mentor1@tandem.example", lead = "lead@tandem.example";
        String mentorToken = token(base, mentor, password);
        String leadToken = token(base, lead, password);
        String mentorships = get(base + "/api/v1/mentorships", mentorToken, 200);
        String mentorship = first(mentorships, "\"id\":\"([^\"]+)\"");
        String program = first(mentorships, "\"programId\":\"([^\"]+)\"");
        // the pair's active goals: one is read (12 measurements), another takes the writes
        String goals = get(base + "/api/v1/mentorships/" + mentorship + "/goals", mentorToken, 200);
        List<String> active = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"mentorshipId\"").matcher(goals);
        List<int[]> starts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start()});
            ids.add(m.group(1));
        }
        for (int i = 0; i < ids.size(); i++) {
            int end = i + 1 < ids.size() ? starts.get(i + 1)[0] : goals.length();
            if (goals.substring(starts.get(i)[0], end).contains("\"status\":\"ACTIVE\"")) {
                active.add(ids.get(i));
            }
        }
        if (active.isEmpty()) {
            throw new IllegalStateException("no active goal in " + goals);
        }
        String readGoal = active.getFirst();
        String writeGoal = active.size() > 1 ? active.get(1) : readGoal;
        int have = count(get(base + "/api/v1/goals/" + readGoal + "/measurements?limit=200", mentorToken, 200), "\"observedOn\"");
        LocalDate today = LocalDate.now();
        for (int i = have; i < 12; i++) {
            post(base + "/api/v1/goals/" + readGoal + "/measurements", mentorToken,
                    "{\"value\":" + (10 + i) + ",\"observedOn\":\"" + today.minusDays(12 - i) + "\",\"note\":\"bench\"}", 201);
        }
        int now = count(get(base + "/api/v1/goals/" + readGoal + "/measurements?limit=200", mentorToken, 200), "\"observedOn\"");
        if (now != 12) {
            throw new IllegalStateException("the read goal has " + now + " measurements, not 12 (it had " + have + ")");
        }
        String checkIns = get(base + "/api/v1/mentorships/" + mentorship + "/check-ins", mentorToken, 200);
        String checkIn = first(checkIns, "\"id\":\"([^\"]+)\"");
        Properties p = new Properties();
        p.setProperty("password", password);
        p.setProperty("mentor", mentor);
        p.setProperty("lead", lead);
        p.setProperty("mentee", "mentee1@tandem.example");
        p.setProperty("mentorToken", mentorToken);
        p.setProperty("leadToken", leadToken);
        p.setProperty("mentorship", mentorship);
        p.setProperty("program", program);
        p.setProperty("readGoal", readGoal);
        p.setProperty("writeGoal", writeGoal);
        p.setProperty("checkIn", checkIn);
        try (var out = Files.newBufferedWriter(file)) {
            p.store(out, "bench/http seed");
        }
        System.out.println("seeded: program " + program + ", mentorship " + mentorship + ", goal " + readGoal
                + " (12 measurements; had " + have + "), writes to goal " + writeGoal + ", check-in " + checkIn);
    }

    static String token(String base, String email, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench/http\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw new IllegalStateException("token for " + email + ": " + r.statusCode() + " " + r.body());
        }
        return first(r.body(), "\"token\":\"([^\"]+)\"");
    }

    // ---------------------------------------------------------------- sign in with a page session (CSRF handled)

    /** Signs in through the login form; answers the value of the SESSION cookie after sign-in. */
    static String login(String base, String email, String password) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(page);
        String csrf = first(page.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
        String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", "SESSION=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + email + " failed: " + r.statusCode() + " " + location);
        }
        String after = sessionCookie(r);
        return after == null ? cookie : after;
    }

    static String sessionCookie(HttpResponse<?> r) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            if (c.startsWith("SESSION=")) {
                return c.substring("SESSION=".length(), c.indexOf(';'));
            }
        }
        return null;
    }

    /** A signed-in page answers 200 and is not the sign-in form. */
    static boolean signedIn(String base, String cookie, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", "SESSION=" + cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 && !r.body().contains("name=\"password\"");
    }

    static void session(Properties seed, String a, String b) throws Exception {
        String cookie = login(a, seed.getProperty("mentor"), seed.getProperty("password"));
        boolean onA = signedIn(a, cookie, "/");
        boolean onB = signedIn(b, cookie, "/");
        boolean checkInOnB = signedIn(b, cookie, "/check-ins/" + seed.getProperty("checkIn"));
        System.out.println("session signed in on " + a + ": home there " + (onA ? "signed in" : "NOT signed in")
                + "; home on " + b + " " + (onB ? "signed in" : "NOT signed in") + "; check-in page on " + b + " "
                + (checkInOnB ? "signed in" : "NOT signed in"));
        // and the other way: a form post with the CSRF token of a page served by B, sent to A
        String cookieB = login(b, seed.getProperty("mentee"), seed.getProperty("password"));
        boolean backOnA = signedIn(a, cookieB, "/");
        System.out.println("session signed in on " + b + ": home on " + a + " " + (backOnA ? "signed in" : "NOT signed in"));
        if (!(onA && onB && checkInOnB && backOnA)) {
            System.exit(1);
        }
    }

    // ---------------------------------------------------------------- the fixed-rate mix (open model)

    record Kind(String name, int weight) {
    }

    /**
     * Sends RATE requests a second for SECONDS, each at its intended time whether or not earlier ones have answered
     * (open model), spread over the bases in turn. Latency runs from the intended send time, so a stalled server
     * shows in the figures instead of slowing the sender (no coordinated omission).
     */
    static void mix(Properties seed, int rate, int seconds, List<String> bases) throws Exception {
        String goal = seed.getProperty("readGoal"), writeGoal = seed.getProperty("writeGoal");
        String mentorToken = seed.getProperty("mentorToken"), leadToken = seed.getProperty("leadToken");
        String program = seed.getProperty("program"), checkIn = seed.getProperty("checkIn");
        // one signed-in page session per person, signed in through the first base
        String mentorSession = login(bases.getFirst(), seed.getProperty("mentor"), seed.getProperty("password"));
        String leadSession = login(bases.getFirst(), seed.getProperty("lead"), seed.getProperty("password"));
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("API read: goal's 12 measurements (mentor token)", 50);
        weights.put("API write: one measurement (mentor token)", 10);
        weights.put("API read: lead's mentorships (lead token)", 10);
        weights.put("API read: program insights (lead token)", 5);
        weights.put("page: home (mentor session)", 10);
        weights.put("page: check-in (mentor session)", 10);
        weights.put("page: program (lead session)", 5);
        List<String> names = new ArrayList<>(weights.keySet());
        int[] wheel = new int[100];
        int at = 0;
        for (int k = 0; k < names.size(); k++) {
            for (int w = 0; w < weights.get(names.get(k)); w++) {
                wheel[at++] = k;
            }
        }
        Map<String, Recorder> recorders = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        for (String n : names) {
            recorders.put(n, new Recorder(3));
            errors.put(n, new AtomicLong());
        }
        Recorder all = new Recorder(3);
        LocalDate today = LocalDate.now();
        long total = (long) rate * seconds;
        long periodNs = 1_000_000_000L / rate;
        AtomicLong lateStarts = new AtomicLong();
        System.out.printf("mix at %d requests/s for %d s over %s (weights out of 100):%n", rate, seconds, bases);
        names.forEach(n -> System.out.printf("  %3d  %s%n", weights.get(n), n));
        AtomicLong answered = new AtomicLong();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        {
            long start = System.nanoTime() + 200_000_000L;
            for (long i = 0; i < total; i++) {
                long intended = start + i * periodNs;
                long wait;
                while ((wait = intended - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (System.nanoTime() - intended > 5_000_000L) {
                    lateStarts.incrementAndGet();
                }
                int k = wheel[(int) ((i * 37) % 100)];
                String name = names.get(k);
                String base = bases.get((int) (i % bases.size()));
                HttpRequest.Builder b = switch (k) {
                    case 0 -> HttpRequest.newBuilder(URI.create(base + "/api/v1/goals/" + goal + "/measurements")).header("Authorization", "Bearer " + mentorToken);
                    case 1 -> HttpRequest.newBuilder(URI.create(base + "/api/v1/goals/" + writeGoal + "/measurements"))
                            .header("Authorization", "Bearer " + mentorToken).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"value\":" + (i % 50) + ",\"observedOn\":\"" + today + "\"}"));
                    case 2 -> HttpRequest.newBuilder(URI.create(base + "/api/v1/mentorships")).header("Authorization", "Bearer " + leadToken);
                    case 3 -> HttpRequest.newBuilder(URI.create(base + "/api/v1/programs/" + program + "/insights")).header("Authorization", "Bearer " + leadToken);
                    case 4 -> HttpRequest.newBuilder(URI.create(base + "/")).header("Cookie", "SESSION=" + mentorSession);
                    case 5 -> HttpRequest.newBuilder(URI.create(base + "/check-ins/" + checkIn)).header("Cookie", "SESSION=" + mentorSession);
                    default -> HttpRequest.newBuilder(URI.create(base + "/programs/" + program)).header("Cookie", "SESSION=" + leadSession);
                };
                HttpRequest request = b.timeout(Duration.ofSeconds(10)).build();
                int expected = k == 1 ? 201 : 200;
                pool.submit(() -> {
                    int status;
                    String failure = "";
                    try {
                        status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException | InterruptedException e) {
                        status = -1;
                        failure = " " + e.getClass().getSimpleName();
                    }
                    long took = System.nanoTime() - intended;
                    recorders.get(name).recordValue(took / 1000);
                    all.recordValue(took / 1000);
                    statuses.computeIfAbsent(name + " " + status + failure, s -> new AtomicLong()).incrementAndGet();
                    if (status != expected) {
                        errors.get(name).incrementAndGet();
                    }
                    answered.incrementAndGet();
                });
            }
            pool.shutdown();
            // every request has a 10 s timeout, but the JDK client can wait longer for a body that never ends
            if (!pool.awaitTermination(20, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
        long unanswered = total - answered.get();
        System.out.println();
        System.out.println("| requests | n | p50 ms | p99 ms | max ms | errors |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        long errorsAll = 0;
        for (String n : names) {
            Histogram h = recorders.get(n).getIntervalHistogram();
            long e = errors.get(n).get();
            errorsAll += e;
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %d |%n", n, h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, e);
        }
        Histogram h = all.getIntervalHistogram();
        errorsAll += total - answered.get();
        System.out.printf("| **all** | %d | **%.1f** | **%.1f** | %.1f | %d |%n", total, h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, errorsAll);
        System.out.println();
        System.out.println("statuses: " + new java.util.TreeMap<>(statuses));
        System.out.println("sends started more than 5 ms after their intended time (generator behind): " + lateStarts.get());
        if (unanswered > 0) {
            System.out.println("requests still without an answer 20 s after the last send (not in the table; errors): " + unanswered);
        }
    }

    // ---------------------------------------------------------------- small helpers

    static String get(String url, String token, int expect) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expect) {
            throw new IllegalStateException("GET " + url + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String post(String url, String token, String json, int expect) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expect) {
            throw new IllegalStateException("POST " + url + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(400, text.length())));
        }
        return m.group(1);
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }
}
