package org.tandem.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tandem.live.LiveSignals.Kind;
import org.tandem.live.LiveSignals.Signal;

/**
 * The open event streams of this instance and the one fan-out that feeds them. A stream holds no thread and no
 * database connection while it waits: it is an {@link SseEmitter} in a room per check-in. A signal marks the room;
 * one task on a virtual thread then reads the log once for the whole room and writes to each stream what it has not
 * had yet and may see. Signals that arrive while a room is being fed are folded into one more round. Every
 * heartbeat each stream gets a comment line and this instance refreshes its presence rows in one statement.
 */
@Component
class LiveStreams implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);
    /** The reconnection delay the browser is asked to use. */
    static final long RETRY_MILLIS = 2_000;

    private final LiveLog liveLog;
    private final LivePresence presence;
    private final LiveSignals signals;
    private final LiveProperties properties;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private final Map<UUID, Room> rooms = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("tandem-live-heartbeat").factory());

    LiveStreams(LiveLog liveLog, LivePresence presence, LiveSignals signals, LiveProperties properties, Clock clock) {
        this.liveLog = liveLog;
        this.presence = presence;
        this.signals = signals;
        this.properties = properties;
        this.clock = clock;
        signals.deliverTo(this::signalled);
        long every = properties.heartbeat().toMillis();
        beats.scheduleAtFixedRate(() -> senders.execute(this::heartbeat), every, every, TimeUnit.MILLISECONDS);
    }

    /** The check-in's people as the stream's reader may name them: the pair, by display name. */
    record Reader(UUID organization, UUID person, UUID checkIn, Map<UUID, String> pairNames) {
    }

    /**
     * Opens a stream for a reader the caller has let in. Without {@code lastEventId} it starts at the log's end;
     * with it, it first gets what came after that position — or a {@code reset} when the log no longer holds it.
     */
    SseEmitter open(Reader reader, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(properties.streamLimit().toMillis());
        Room room = rooms.computeIfAbsent(reader.checkIn(), Room::new);
        room.names.putAll(reader.pairNames());
        Stream stream = new Stream(emitter, reader, lastEventId == null ? liveLog.last(reader.checkIn()) : lastEventId);
        // "open" goes first, before the stream joins its room: a heartbeat or change of the room cannot overtake it
        // (the stream's position was taken above, so what happens meanwhile is read by schedule(room) below)
        stream.send(SseEmitter.event().reconnectTime(RETRY_MILLIS).comment("open"));
        room.streams.add(stream);
        emitter.onCompletion(() -> closed(room, stream));
        emitter.onTimeout(emitter::complete);
        emitter.onError(failure -> closed(room, stream));
        presence.join(reader.organization(), reader.checkIn(), reader.person(), instance, clock.instant());
        signals.send(Kind.PRESENCE, reader.checkIn());
        room.logged.set(true);
        schedule(room);
        return emitter;
    }

    int openStreams() {
        return rooms.values().stream().mapToInt(r -> r.streams.size()).sum();
    }

    /** After the LISTEN connection came back: anything may have been missed, so every room reads its log. */
    void wakeAll() {
        rooms.values().forEach(room -> {
            room.logged.set(true);
            room.present.set(true);
            schedule(room);
        });
    }

    private void signalled(Signal signal) {
        switch (signal.kind()) {
            case LOGGED, PRESENCE -> {
                Room room = rooms.get(signal.id());
                if (room != null) {
                    (signal.kind() == Kind.LOGGED ? room.logged : room.present).set(true);
                    schedule(room);
                }
            }
            case ACCESS_ENDED -> rooms.values().forEach(room -> room.streams.stream()
                    .filter(s -> s.reader.person().equals(signal.id())).forEach(s -> s.emitter.complete()));
        }
    }

    private void schedule(Room room) {
        if (room.rounds.getAndIncrement() == 0) {
            senders.execute(() -> feed(room));
        }
    }

    private void feed(Room room) {
        while (true) {
            int asked = room.rounds.get();
            try {
                if (room.present.getAndSet(false)) {
                    sendPresence(room);
                }
                if (room.logged.getAndSet(false)) {
                    sendLog(room);
                }
            } catch (RuntimeException e) {
                log.warn("Live check-in: could not feed the streams of check-in {}", room.checkIn, e);
            }
            if (room.rounds.compareAndSet(asked, 0)) {
                return;
            }
        }
    }

    private void sendLog(Room room) {
        List<Stream> streams = new ArrayList<>(room.streams);
        if (streams.isEmpty()) {
            return;
        }
        long from = streams.stream().mapToLong(Stream::sent).min().orElseThrow();
        LiveLog.Replay replay = liveLog.after(room.checkIn, from);
        for (Stream stream : streams) {
            stream.catchUp(replay, room.names);
        }
    }

    private void sendPresence(Room room) {
        Instant now = clock.instant();
        List<Map<String, String>> here = new ArrayList<>();
        for (UUID person : presence.here(room.checkIn, now.minus(properties.presenceLapse()))) {
            here.add(Map.of("id", person.toString(), "name", room.names.getOrDefault(person, "")));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("checkInId", room.checkIn.toString());
        data.put("here", here);
        String who = here.toString();
        for (Stream stream : room.streams) {
            Map<String, Object> theirs = new LinkedHashMap<>(data);
            theirs.put("you", stream.reader.person().toString());
            stream.sendPresence(who, SseEmitter.event().name(LiveEvent.PRESENCE).data(theirs, MediaType.APPLICATION_JSON));
        }
    }

    private void heartbeat() {
        try {
            presence.refresh(instance, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Live check-in: could not refresh presence", e);
        }
        for (Room room : rooms.values()) {
            for (Stream stream : room.streams) {
                senders.execute(() -> stream.send(SseEmitter.event().comment("heartbeat")));
            }
        }
    }

    private void closed(Room room, Stream stream) {
        if (!room.streams.remove(stream)) {
            return;
        }
        rooms.computeIfPresent(room.checkIn, (id, r) -> r.streams.isEmpty() ? null : r);
        try {
            presence.leave(stream.reader.checkIn(), stream.reader.person(), instance);
            signals.send(Kind.PRESENCE, stream.reader.checkIn());
        } catch (RuntimeException e) {
            log.warn("Live check-in: could not record that a stream closed", e);
        }
    }

    @Override
    public void destroy() {
        beats.shutdownNow();
        rooms.values().forEach(room -> room.streams.forEach(s -> s.emitter.complete()));
        try {
            presence.forget(instance);
        } catch (RuntimeException e) {
            log.debug("Live check-in: presence not cleared on shutdown", e);
        }
        senders.shutdown();
    }

    /** The streams of one check-in on this instance, and what they are waiting for. */
    private static final class Room {
        final UUID checkIn;
        final Set<Stream> streams = ConcurrentHashMap.newKeySet();
        final Map<UUID, String> names = new ConcurrentHashMap<>();
        final AtomicInteger rounds = new AtomicInteger();
        final AtomicBoolean logged = new AtomicBoolean();
        final AtomicBoolean present = new AtomicBoolean();

        Room(UUID checkIn) {
            this.checkIn = checkIn;
        }
    }

    /** One open stream: what it has been sent up to, written by one thread at a time. */
    private static final class Stream {
        final SseEmitter emitter;
        final Reader reader;
        private long sent;
        private String lastPresence;

        Stream(SseEmitter emitter, Reader reader, long sent) {
            this.emitter = emitter;
            this.reader = reader;
            this.sent = sent;
        }

        synchronized long sent() {
            return sent;
        }

        synchronized void catchUp(LiveLog.Replay replay, Map<UUID, String> names) {
            if (sent > replay.last() || replay.events().stream().noneMatch(e -> e.position() == sent + 1) && sent < replay.last()) {
                // The log no longer reaches back to where this reader was (or never got there): start afresh.
                Map<String, Object> data = Map.of("checkInId", reader.checkIn().toString(), "version", replay.last());
                send(SseEmitter.event().id(Long.toString(replay.last())).name(LiveEvent.RESET).data(data, MediaType.APPLICATION_JSON));
                sent = replay.last();
                return;
            }
            for (LiveEvent event : replay.events()) {
                if (event.position() <= sent) {
                    continue;
                }
                if (event.visibleTo(reader.person())) {
                    send(SseEmitter.event().id(Long.toString(event.position())).name(event.kind())
                            .data(event.data(names), MediaType.APPLICATION_JSON));
                }
                sent = event.position();
            }
        }

        /** Presence only when it changed for this stream: the same signal may arrive twice (here and through PostgreSQL). */
        synchronized void sendPresence(String who, SseEmitter.SseEventBuilder event) {
            if (!who.equals(lastPresence)) {
                lastPresence = who;
                send(event);
            }
        }

        synchronized void send(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
            }
        }
    }
}
