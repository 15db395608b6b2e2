package org.tandem.live;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInPartChanged;
import org.tandem.checkin.CheckInRoutes;
import org.tandem.checkin.CheckInService;
import org.tandem.people.Person;
import org.tandem.support.TestDatabase;
import org.tandem.support.TestPasswords;
import org.tandem.support.World;

/**
 * Holds 1,000 open event streams on one instance while 100 changes a second are saved, and reports how fast each
 * change reached every stream (p50 / p99 / max), the heap and the platform threads with the streams open. Not a
 * JUnit test: bench/live/run.sh runs it (bench/live/README.md). Changes enter where a saved page part enters the
 * live check-in (the {@link CheckInPartChanged} event), so the figures are the live path — log append in its own
 * transaction, signal, one read per check-in, fan-out, SSE writes — not the page's own save.
 */
public final class LiveBench {

    static final int CHECK_INS = Integer.getInteger("live.checkIns", 100);
    static final int TABS = Integer.getInteger("live.tabsPerPerson", 5);
    static final int RATE = Integer.getInteger("live.changesPerSecond", 100);
    static final int SECONDS = Integer.getInteger("live.seconds", 30);

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(TandemApplication.class)
                .profiles("test")
                .initializers(new TestDatabase(), new TestPasswords())
                .properties("server.port=0", "logging.level.org.tandem=WARN")
                .run();
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        CheckInService checkIns = app.getBean(CheckInService.class);
        ApplicationEventPublisher events = app;
        System.out.printf(Locale.ROOT, "database: %s%n", TestDatabase.postgres() ? "PostgreSQL" : "H2 (in-process delivery)");

        List<CheckInId> ids = new ArrayList<>();
        List<Person> mentors = new ArrayList<>();
        List<Person> mentees = new ArrayList<>();
        List<EventStream> streams = new ArrayList<>();
        long heapBefore = usedHeap();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        for (int i = 0; i < CHECK_INS; i++) {
            World world = World.create(app);
            CheckInId id = new CheckInId(checkIns.schedule(World.actor(world.mentor()), world.mentorship().id(),
                    Instant.now().plus(1, ChronoUnit.HOURS), null, Instant.now()).id());
            ids.add(id);
            mentors.add(world.mentor());
            mentees.add(world.mentee());
        }
        heapBefore = usedHeap();
        long openStart = System.nanoTime();
        for (int i = 0; i < CHECK_INS; i++) {
            // both of the pair, each with several tabs open
            for (Person reader : List.of(mentors.get(i), mentees.get(i))) {
                for (int tab = 0; tab < TABS; tab++) {
                    streams.add(EventStream.open(port, "/api/v1/check-ins/" + ids.get(i) + "/events", "Authorization", basic(reader)));
                }
            }
        }
        for (EventStream stream : streams) {
            if (stream.status() != 200 || stream.nextComment(Duration.ofSeconds(30)) == null) {
                throw new IllegalStateException("a stream did not open: " + stream.status());
            }
        }
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        LiveStreams hub = app.getBean(LiveStreams.class);
        System.out.printf(Locale.ROOT, "open streams: %d on %d check-ins (opened in %.1f s)%n", hub.openStreams(), CHECK_INS, openSeconds);
        long heapOpen = usedHeap();
        int threadsOpen = ManagementFactory.getThreadMXBean().getThreadCount();

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong received = new AtomicLong();
        var readers = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch stop = new CountDownLatch(1);
        for (EventStream stream : streams) {
            readers.execute(() -> {
                while (stop.getCount() > 0) {
                    var event = stream.next(Duration.ofMillis(500));
                    if (event != null) {
                        Instant at = Instant.parse(event.json().get("at").asString());
                        latencies.add(Duration.between(at, Instant.now()).toNanos());
                        received.incrementAndGet();
                    }
                }
            });
        }

        var clock = Executors.newSingleThreadScheduledExecutor();
        AtomicLong sent = new AtomicLong();
        var writers = Executors.newVirtualThreadPerTaskExecutor();
        long periodNanos = 1_000_000_000L / RATE;
        var ticking = clock.scheduleAtFixedRate(() -> writers.execute(() -> {
            long n = sent.getAndIncrement();
            int which = (int) (n % CHECK_INS);
            events.publishEvent(new CheckInPartChanged(ids.get(which), CheckInRoutes.WINS_ID, null, mentors.get(which).id(), false));
        }), 0, periodNanos, TimeUnit.NANOSECONDS);
        Thread.sleep(Duration.ofSeconds(SECONDS));
        ticking.cancel(false);
        long expected = sent.get() * 2L * TABS;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (received.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        stop.countDown();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "changes: %d in %d s (%d a second); deliveries: %d of %d expected%n",
                sent.get(), SECONDS, RATE, received.get(), expected);
        System.out.printf(Locale.ROOT, "delivery latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms(sorted, 0.50), ms(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
        System.out.printf(Locale.ROOT, "heap: %d MB before the streams, %d MB with them open (%.1f KB a stream)%n",
                heapBefore >> 20, heapOpen >> 20, (heapOpen - heapBefore) / 1024.0 / streams.size());
        System.out.printf(Locale.ROOT, "platform threads: %d before the streams, %d with them open%n", threadsBefore, threadsOpen);
        streams.forEach(EventStream::close);
        clock.shutdownNow();
        app.close();
        System.exit(0);
    }

    private static String basic(Person person) {
        return "Basic " + Base64.getEncoder().encodeToString((person.email() + ":" + World.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private LiveBench() {
    }
}
