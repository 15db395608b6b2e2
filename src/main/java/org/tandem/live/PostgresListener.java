package org.tandem.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL: one connection of its own, outside the pool, that {@code LISTEN}s on {@link LiveSignals#CHANNEL}
 * for the whole instance, however many streams are open, and hands what arrives to {@link LiveSignals}. When the
 * connection breaks it reconnects with a growing pause and then wakes every stream, since notifications sent
 * meanwhile are lost: the streams read the log, which lost nothing. On H2 it does not start.
 */
@Component
class PostgresListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresListener.class);
    private static final int WAIT_MILLIS = 5_000;

    private final DataSource dataSource;
    private final LiveSignals signals;
    private final LiveStreams streams;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;

    PostgresListener(DataSource dataSource, LiveSignals signals, LiveStreams streams) {
        this.dataSource = dataSource;
        this.signals = signals;
        this.streams = streams;
    }

    @Override
    public void start() {
        if (!signals.crossesInstances()) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("tandem-live-listen").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
        closeQuietly();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** For tests: whether the LISTEN connection is up. */
    boolean listening() {
        return connection != null;
    }

    private void listen() {
        Duration pause = Duration.ofSeconds(1);
        boolean first = true;
        while (running) {
            try (Connection open = connect(); Statement statement = open.createStatement()) {
                statement.execute("LISTEN " + LiveSignals.CHANNEL);
                connection = open;
                if (!first) {
                    streams.wakeAll();
                }
                first = false;
                pause = Duration.ofSeconds(1);
                PGConnection pg = open.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = pg.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            LiveSignals.Signal signal = LiveSignals.Signal.parse(notification.getParameter());
                            if (signal != null) {
                                signals.received(signal);
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connection = null;
                if (!running) {
                    return;
                }
                log.warn("Live check-in: the LISTEN connection failed ({}); trying again in {} s", e.getMessage(), pause.toSeconds());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : pause.multipliedBy(2);
            } finally {
                connection = null;
            }
        }
    }

    private Connection connect() throws SQLException {
        Connection open = dataSource instanceof HikariDataSource hikari
                ? DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword())
                : dataSource.getConnection();
        open.setAutoCommit(true);
        return open;
    }

    private void closeQuietly() {
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing to stop; nothing to do
            }
        }
    }
}
