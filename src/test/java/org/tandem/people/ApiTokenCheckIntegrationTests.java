package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.API_TOKEN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/**
 * The bearer-token check on every API call reads and does not write: {@code last_used_at} is kept to the hour, so
 * only the first call in an hour updates the token's row, and every refusal (revoked, deactivated, erased) still
 * takes effect on the very next request.
 */
@IntegrationTest
@PostgresRelevant
@Import(ApiTokenCheckIntegrationTests.Statements.class)
class ApiTokenCheckIntegrationTests {

    /** Every UPDATE of the {@code api_token} table that jOOQ runs, from any request thread. */
    @TestConfiguration
    static class Statements {

        static final List<String> TOKEN_UPDATES = new CopyOnWriteArrayList<>();

        @Bean
        ExecuteListenerProvider tokenUpdateCounter() {
            return new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeEnd(ExecuteContext context) {
                    String sql = context.sql() == null ? "" : context.sql().toLowerCase(Locale.ROOT);
                    if (sql.startsWith("update") && sql.contains("api_token")) {
                        TOKEN_UPDATES.add(sql);
                    }
                }
            });
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    World world;
    Api api;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        api = Api.at(port);
        Statements.TOKEN_UPDATES.clear();
    }

    private record Token(UUID id, String secret) {
    }

    private Token tokenOf(Person person) {
        var created = api.as(person.email()).post("/api/v1/me/tokens", "{\"name\":\"script\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Token(UUID.fromString(created.json().get("id").asString()), created.json().get("token").asString());
    }

    private java.time.Instant lastUsedAt(Token token) {
        return dsl.select(API_TOKEN.LAST_USED_AT).from(API_TOKEN).where(API_TOKEN.ID.eq(token.id())).fetchOne(API_TOKEN.LAST_USED_AT);
    }

    private int me(Token token) {
        return api.bearer(token.secret()).get("/api/v1/me").status();
    }

    @Test
    void theFirstUseOfATokenRecordsWhenItWasUsed() {
        Token token = tokenOf(world.mentor());
        assertThat(lastUsedAt(token)).isNull();
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertThat(me(token)).isEqualTo(200);

        assertThat(lastUsedAt(token)).isNotNull();
        assertThat(lastUsedAt(token)).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(Statements.TOKEN_UPDATES).hasSize(1);
    }

    @Test
    void manyReadsWithOneTokenWriteItsRowAtMostOnceAnHour() {
        Token token = tokenOf(world.mentor());

        for (int i = 0; i < 20; i++) {
            assertThat(me(token)).isEqualTo(200);
        }

        assertThat(Statements.TOKEN_UPDATES).as("only the first read records the use").hasSize(1);
        java.time.Instant recorded = lastUsedAt(token);
        Statements.TOKEN_UPDATES.clear();
        for (int i = 0; i < 10; i++) {
            assertThat(me(token)).isEqualTo(200);
        }
        assertThat(Statements.TOKEN_UPDATES).as("reads within the hour write nothing").isEmpty();
        assertThat(lastUsedAt(token)).isEqualTo(recorded);
    }

    @Test
    void aUseRecordedOverAnHourAgoIsRecordedAnew() {
        Token token = tokenOf(world.mentor());
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.SECONDS);
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, longAgo.toInstant()).where(API_TOKEN.ID.eq(token.id())).execute();
        Statements.TOKEN_UPDATES.clear();

        assertThat(me(token)).isEqualTo(200);
        assertThat(me(token)).isEqualTo(200);

        assertThat(lastUsedAt(token)).isAfter(longAgo.toInstant().plusSeconds(3600));
        assertThat(Statements.TOKEN_UPDATES).hasSize(1);
    }

    @Test
    void aRevokedTokenIsRefusedOnTheNextRequest() {
        Token token = tokenOf(world.mentor());
        assertThat(me(token)).isEqualTo(200);

        var revoked = api.as(world.mentor().email()).delete("/api/v1/me/tokens/" + token.id());
        assertThat(revoked.status()).isEqualTo(204);

        assertThat(me(token)).isEqualTo(401);
    }

    @Test
    void aDeactivatedPersonsTokenIsRefusedOnTheNextRequest() {
        Token token = tokenOf(world.otherMentee());
        assertThat(me(token)).isEqualTo(200);

        var deactivated = api.as(world.admin().email()).post("/api/v1/people/" + world.otherMentee().id() + "/deactivation", "");
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);

        assertThat(me(token)).isEqualTo(401);
    }

    @Test
    void anErasedPersonsTokenIsRefused() {
        Token token = tokenOf(world.otherMentee());
        assertThat(me(token)).isEqualTo(200);

        var erased = api.as(world.admin().email()).post("/api/v1/people/" + world.otherMentee().id() + "/erasure", "");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);

        assertThat(me(token)).isEqualTo(401);
    }

    @Test
    void theTokenCarriesItsOwnersRoles() {
        Token token = tokenOf(world.admin());

        var me = api.bearer(token.secret()).get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("roles").toString()).contains("ADMIN");
        assertThat(api.bearer(token.secret()).get("/api/v1/people").status()).isEqualTo(200);
    }

    @Test
    void passwordCallsStillWorkBesideATokenAndAnUnknownTokenIsRefused() {
        Token token = tokenOf(world.mentor());
        assertThat(me(token)).isEqualTo(200);

        assertThat(api.as(world.mentor().email()).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(api.bearer("tdm_not-a-real-token").get("/api/v1/me").status()).isEqualTo(401);
    }
}
