package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import static org.tandem.db.Tables.SPRING_SESSION;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;

/**
 * The session store writes attributes as an upsert (SessionStore) on H2 and PostgreSQL alike. A statement whose
 * parameters do not match Spring Session's bind order stores nothing without an error, so these tests check
 * that what a session holds comes back, on both of Spring Session's write paths (one attribute, a batch), and
 * that requests of one session adding the same attribute at once (the CSRF token after a sign-in) all succeed.
 * A session's row is written for its last access only when that moved by a minute or more (decision 0101).
 */
@IntegrationTest
@PostgresRelevant
class SessionStoreIntegrationTests {

    SessionRepository<Session> sessions;

    @Autowired
    DSLContext dsl;

    @Autowired
    @SuppressWarnings({"unchecked", "rawtypes"})
    void sessions(JdbcIndexedSessionRepository repository) {
        // its session type is package-private; the store is used through Spring Session's interface, as the filter does
        this.sessions = (SessionRepository) repository;
    }

    @Test
    void attributesOfANewAndOfAStoredSessionComeBack() {
        var session = sessions.createSession();
        session.setAttribute("first", "one");
        session.setAttribute("second", "two");
        sessions.save(session);

        var stored = sessions.findById(session.getId());
        assertThat(stored).isNotNull();
        assertThat((String) stored.getAttribute("first")).isEqualTo("one");
        assertThat((String) stored.getAttribute("second")).isEqualTo("two");

        stored.setAttribute("third", "three");
        sessions.save(stored);

        var again = sessions.findById(session.getId());
        assertThat(again.getAttributeNames()).containsExactlyInAnyOrder("first", "second", "third");
        assertThat((String) again.getAttribute("third")).isEqualTo("three");
    }

    @Test
    void requestsOfOneSessionAddingTheSameAttributeAtOnceAllSaveIt() throws Exception {
        var session = sessions.createSession();
        session.setAttribute("first", "one");
        sessions.save(session);
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String token = "token " + i;
            requests.add(() -> {
                var copy = sessions.findById(session.getId());
                copy.setAttribute("token", token);
                sessions.save(copy);
                return token;
            });
        }
        List<String> saved = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<String> request : executor.invokeAll(requests)) {
                saved.add(request.get());
            }
        }

        var stored = sessions.findById(session.getId());
        assertThat(saved).hasSize(12);
        assertThat((String) stored.getAttribute("token")).isIn(saved);
        assertThat((String) stored.getAttribute("first")).isEqualTo("one");
    }

    @Test
    void twoRequestsAddingTheSameAttributeToOneSessionKeepTheLastValue() {
        var session = sessions.createSession();
        session.setAttribute("first", "one");
        sessions.save(session);
        var oneRequest = sessions.findById(session.getId());
        var otherRequest = sessions.findById(session.getId());

        oneRequest.setAttribute("token", "from the first request");
        sessions.save(oneRequest);
        otherRequest.setAttribute("token", "from the second request");
        otherRequest.setAttribute("other", "added alongside");
        sessions.save(otherRequest);

        var stored = sessions.findById(session.getId());
        assertThat((String) stored.getAttribute("token")).isEqualTo("from the second request");
        assertThat((String) stored.getAttribute("other")).isEqualTo("added alongside");
        assertThat((String) stored.getAttribute("first")).isEqualTo("one");
    }

    private Record2<Long, Long> stored(Session session) {
        return dsl.select(SPRING_SESSION.LAST_ACCESS_TIME, SPRING_SESSION.EXPIRY_TIME).from(SPRING_SESSION)
                .where(SPRING_SESSION.SESSION_ID.eq(session.getId())).fetchSingle();
    }

    @Test
    void aSessionUsedAgainWithinAMinuteIsNotWrittenOneUsedAMinuteLaterMovesItsExpiry() {
        var session = sessions.createSession();
        sessions.save(session);
        Record2<Long, Long> saved = stored(session);
        Instant lastAccess = Instant.ofEpochMilli(saved.value1());

        var soon = sessions.findById(session.getId());
        soon.setLastAccessedTime(lastAccess.plusSeconds(59));
        sessions.save(soon);
        assertThat(stored(session)).as("59 s later: nothing written").isEqualTo(saved);

        var later = sessions.findById(session.getId());
        later.setLastAccessedTime(lastAccess.plusSeconds(60));
        sessions.save(later);
        long timeout = session.getMaxInactiveInterval().toMillis();
        assertThat(stored(session).value1()).isEqualTo(lastAccess.plusSeconds(60).toEpochMilli());
        assertThat(stored(session).value2()).isEqualTo(lastAccess.plusSeconds(60).toEpochMilli() + timeout);
    }

    @Test
    void aNewSessionIdOrTimeoutIsWrittenAtOnceWhateverTheLastAccess() {
        var session = sessions.createSession();
        sessions.save(session);
        String before = session.getId();

        var signedIn = sessions.findById(before);
        String after = signedIn.changeSessionId();
        signedIn.setMaxInactiveInterval(Duration.ofMinutes(5));
        sessions.save(signedIn);

        assertThat(sessions.findById(before)).as("the old id no longer finds the session").isNull();
        assertThat(sessions.findById(after).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aSessionIdleLongerThanItsTimeoutIsGoneTheMinuteOfSlackNeverRevivesIt() {
        var session = sessions.createSession();
        sessions.save(session);
        long idle = Instant.now().minus(session.getMaxInactiveInterval()).minusSeconds(1).toEpochMilli();
        dsl.update(SPRING_SESSION).set(SPRING_SESSION.LAST_ACCESS_TIME, idle)
                .where(SPRING_SESSION.SESSION_ID.eq(session.getId())).execute();

        assertThat(sessions.findById(session.getId())).isNull();
    }
}
