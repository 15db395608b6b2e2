package org.tandem.live;

import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the streams that something changed: the streams of this instance once the change commits, and on PostgreSQL
 * also every other instance, by a {@code NOTIFY} sent in the change's transaction (PostgreSQL delivers it on commit,
 * and drops it on rollback). A signal carries only an id: whoever receives it reads the log for what it means, so
 * a signal received twice (here and through {@link PostgresListener}) sends nothing twice.
 */
@Component
class LiveSignals {

    static final String CHANNEL = "tandem_live";

    /** What a signal is about. */
    enum Kind {
        /** The check-in's log grew. */
        LOGGED('e'),
        /** Someone opened or closed the check-in. */
        PRESENCE('p'),
        /** A person lost access to everything (deactivated, erased): their streams end. */
        ACCESS_ENDED('x');

        final char code;

        Kind(char code) {
            this.code = code;
        }
    }

    record Signal(Kind kind, UUID id) {

        String payload() {
            return kind.code + ":" + id;
        }

        /** Null for a payload that is not ours. */
        static Signal parse(String payload) {
            if (payload == null || payload.length() < 3 || payload.charAt(1) != ':') {
                return null;
            }
            for (Kind kind : Kind.values()) {
                if (kind.code == payload.charAt(0)) {
                    try {
                        return new Signal(kind, UUID.fromString(payload.substring(2)));
                    } catch (IllegalArgumentException notAnId) {
                        return null;
                    }
                }
            }
            return null;
        }
    }

    private final DSLContext dsl;
    private final boolean postgres;
    private volatile Consumer<Signal> local = signal -> {
    };

    LiveSignals(DSLContext dsl) {
        this.dsl = dsl;
        this.postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    boolean crossesInstances() {
        return postgres;
    }

    /** The streams of this instance ({@link LiveStreams}) say where signals go. */
    void deliverTo(Consumer<Signal> streams) {
        this.local = streams;
    }

    void send(Kind kind, UUID id) {
        Signal signal = new Signal(kind, id);
        if (postgres) {
            dsl.resultQuery("select pg_notify({0}, {1})", DSL.val(CHANNEL), DSL.val(signal.payload())).fetch();
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    local.accept(signal);
                }
            });
        } else {
            local.accept(signal);
        }
    }

    /** A signal from another instance (or this one's own, coming back through PostgreSQL). */
    void received(Signal signal) {
        local.accept(signal);
    }
}
