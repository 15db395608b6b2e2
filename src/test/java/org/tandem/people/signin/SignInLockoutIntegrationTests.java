package org.tandem.people.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/**
 * The lockout from the side of whoever keeps guessing: five wrong passwords lock the account's password
 * sign-in (even the right password waits), the lock grows on repeat and ends with time; one address failing
 * across many accounts is slowed down too. Each test signs in from its own address (X-Forwarded-For from
 * the local, trusted proxy), so their address counts do not meet. Time is moved, never waited for.
 */
@IntegrationTest
@PostgresRelevant
@Import(SignInLockoutIntegrationTests.MovableClock.class)
@TestPropertySource(properties = "tandem.sign-in.address-max-failures=12")
class SignInLockoutIntegrationTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final String WRONG = "not the right password";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MovableClock clock;

    World world;
    Api api;
    String address;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        address = "203.0.113." + ADDRESSES.getAndIncrement();
        api = Api.at(port).with("X-Forwarded-For", address);
    }

    private Api.Response me(Person person, String password) {
        return api.as(person.email(), password).get("/api/v1/me");
    }

    private void failFiveTimes(Person person) {
        for (int i = 0; i < 5; i++) {
            assertThat(me(person, WRONG).status()).isEqualTo(401);
        }
    }

    @Test
    void theSixthAttemptThroughTheApiIsRefusedWith429EvenWithTheRightPassword() {
        failFiveTimes(world.mentor());

        var refused = me(world.mentor(), World.PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(14 * 60L, 15 * 60L);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(me(world.mentor(), WRONG).status()).isEqualTo(429);
    }

    @Test
    void aDeactivatedAccountsWrongPasswordsAreCountedAsAnyAccountsSoItsRefusalsCannotBeToldApart() {
        context.getBean(org.tandem.people.PeopleService.class)
                .deactivate(World.actor(world.admin()), world.otherMentee().id(), java.util.OptionalLong.empty());

        // its password is checked before its state (SecurityConfig.passwordSignIn): a wrong one is a wrong password,
        // counted like any other; were the state checked first, the sixth would still be a quick 401
        failFiveTimes(world.otherMentee());

        assertThat(me(world.otherMentee(), WRONG).status()).isEqualTo(429);
        assertThat(me(world.otherMentee(), World.PASSWORD).status()).as("locked, and deactivated in any case").isEqualTo(429);
    }

    @Test
    void aLockedAccountSignsInAgainOnceThePeriodIsOver() {
        failFiveTimes(world.mentor());
        assertThat(me(world.mentor(), World.PASSWORD).status()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(me(world.mentor(), World.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSecondLockLastsTwiceAsLong() {
        failFiveTimes(world.mentee());
        clock.advance(Duration.ofMinutes(16));
        failFiveTimes(world.mentee());

        clock.advance(Duration.ofMinutes(16));
        var stillLocked = me(world.mentee(), World.PASSWORD);
        clock.advance(Duration.ofMinutes(15));
        var open = me(world.mentee(), World.PASSWORD);

        assertThat(stillLocked.status()).isEqualTo(429);
        assertThat(Long.parseLong(stillLocked.header("Retry-After"))).isBetween(13 * 60L, 14 * 60L);
        assertThat(open.status()).isEqualTo(200);
    }

    @Test
    void fourWrongPasswordsAndThenTheRightOneSignIn() {
        for (int i = 0; i < 4; i++) {
            assertThat(me(world.lead(), WRONG).status()).isEqualTo(401);
        }

        assertThat(me(world.lead(), World.PASSWORD).status()).isEqualTo(200);
        // The right password wiped the slate: four more wrong ones do not lock yet.
        for (int i = 0; i < 4; i++) {
            assertThat(me(world.lead(), WRONG).status()).isEqualTo(401);
        }
        assertThat(me(world.lead(), World.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anUnknownEmailIsAnsweredLikeAKnownOne() {
        var stranger = api.as("nobody-" + address + "@test.example", WRONG);
        for (int i = 0; i < 5; i++) {
            assertThat(stranger.get("/api/v1/me").status()).isEqualTo(401);
        }

        var sixth = stranger.get("/api/v1/me");

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.header("Retry-After")).isNotNull();
    }

    @Test
    void theLoginPageSaysPlainlyThatTheAccountIsPausedEvenForTheRightPassword() {
        PageClient browser = PageClient.at(port);
        Api.Response last = null;
        for (int i = 0; i < 5; i++) {
            last = browser.signIn(world.otherMentor().email(), WRONG);
        }
        assertThat(last.header("Location")).endsWith("/login?locked=15");

        var right = browser.signIn(world.otherMentor().email(), World.PASSWORD);
        var page = browser.get(URI.create(right.header("Location")).getRawPath() + "?" + URI.create(right.header("Location")).getRawQuery());

        assertThat(URI.create(right.header("Location")).getQuery()).startsWith("locked=");
        assertThat(page.body()).contains("paused", "even the right password");
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void manyFailuresFromOneAddressSlowDownEveryAccountFromIt() {
        for (int i = 0; i < 12; i++) {
            assertThat(api.as("guess-" + i + "-" + address + "@test.example", WRONG).get("/api/v1/me").status()).isEqualTo(401);
        }

        var fromThere = me(world.idleLead(), World.PASSWORD);
        var fromElsewhere = Api.at(port).with("X-Forwarded-For", "198.51.100." + ADDRESSES.getAndIncrement())
                .as(world.idleLead().email()).get("/api/v1/me");

        assertThat(fromThere.status()).isEqualTo(429);
        assertThat(fromThere.header("Retry-After")).isNotNull();
        assertThat(fromElsewhere.status()).isEqualTo(200);
    }

    @Test
    void aTokenKeepsWorkingWhilePasswordSignInIsLocked() {
        var withToken = api.withTokenOf(world.otherMentee().email());
        failFiveTimes(world.otherMentee());

        assertThat(me(world.otherMentee(), World.PASSWORD).status()).isEqualTo(429);
        assertThat(withToken.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void signInsFailuresAndTheLockAreAuditedWithTheAddress() {
        assertThat(me(world.mentor(), World.PASSWORD).status()).isEqualTo(200);
        failFiveTimes(world.mentor());
        api.as("nobody-" + address + "@test.example", WRONG).get("/api/v1/me");

        var admin = Api.at(port).withTokenOf(world.admin().email());
        var entries = admin.get("/api/v1/audit?targetId=" + world.mentor().id()).json().get("items");

        assertThat(entries.get(0).get("action").asString()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(entries.get(0).get("actorId")).isNull();
        assertThat(entries.get(0).get("ip").asString()).isEqualTo(address);
        long failed = 0;
        for (var e : entries) {
            failed += e.get("action").asString().equals("SIGN_IN_FAILED") ? 1 : 0;
        }
        assertThat(failed).isEqualTo(5);
        assertThat(entries.get(entries.size() - 1).get("action").asString()).isEqualTo("SIGN_IN");
        assertThat(admin.get("/api/v1/audit").body()).doesNotContain("nobody-", WRONG);
    }

    @Test
    void anApiScriptSigningInWithAPasswordIsLoggedOnceAnHourNotOnEveryCall() {
        var admin = Api.at(port).withTokenOf(world.admin().email());
        for (int call = 0; call < 3; call++) {
            assertThat(me(world.mentor(), World.PASSWORD).status()).isEqualTo(200);
        }
        assertThat(basicSignIns(admin)).as("three calls within the hour").isEqualTo(1);

        clock.advance(Duration.ofMinutes(61));
        assertThat(me(world.mentor(), World.PASSWORD).status()).isEqualTo(200);
        assertThat(basicSignIns(admin)).as("a call in the next hour").isEqualTo(2);

        Api fromElsewhere = Api.at(port).with("X-Forwarded-For", "198.51.100." + ADDRESSES.getAndIncrement());
        assertThat(fromElsewhere.as(world.mentor().email(), World.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(basicSignIns(admin)).as("the same hour from another address").isEqualTo(3);
    }

    private long basicSignIns(Api admin) {
        long count = 0;
        for (var entry : admin.get("/api/v1/audit?targetId=" + world.mentor().id()).json().get("items")) {
            count += entry.get("action").asString().equals("SIGN_IN") && entry.toString().contains("HTTP_BASIC") ? 1 : 0;
        }
        return count;
    }

    /** A clock the tests move forward; every service, and the sign-in buckets, read time from it. */
    @TestConfiguration
    static class MovableClock extends Clock {

        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        @Bean
        @Primary
        Clock movableClock() {
            return this;
        }

        void advance(Duration duration) {
            now.updateAndGet(t -> t.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
