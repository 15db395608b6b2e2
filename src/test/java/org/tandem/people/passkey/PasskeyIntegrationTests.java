package org.tandem.people.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.PASSKEY;
import static org.tandem.db.Tables.PASSKEY_USER;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/**
 * What the passkey endpoints and pages refuse, answered without a 500 and without a change: made-up ceremonies, a
 * name too long, another person's passkey. And passkeys go with the person's export and erasure.
 */
@IntegrationTest
@PostgresRelevant
class PasskeyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasskeyUsers users;

    @Autowired
    PasskeyCredentials credentials;

    World world;

    @BeforeEach
    void setUp() {
        world = World.create(context);
    }

    @Test
    void theRegistrationOptionsNameThePersonAndTheRelyingParty() {
        var mentee = Session.of(port, world.mentee().email());

        var options = mentee.postJson("/webauthn/register/options", "");

        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).contains("\"name\":\"" + world.mentee().email() + "\"", "\"id\":\"localhost\"");
        assertThat(dsl.fetchCount(PASSKEY_USER, PASSKEY_USER.PERSON_ID.eq(world.mentee().id().value()))).isEqualTo(1);
    }

    @Test
    void aMadeUpRegistrationIsRefusedWith400AndStoresNothing() {
        var mentee = Session.of(port, world.mentee().email());
        mentee.postJson("/webauthn/register/options", "");

        var registered = mentee.postJson("/webauthn/register", madeUpRegistration("Work laptop"));

        assertThat(registered.statusCode()).isEqualTo(400);
        assertThat(registered.body()).contains("could not be verified");
        assertThat(dsl.fetchCount(PASSKEY, PASSKEY.PERSON_ID.eq(world.mentee().id().value()))).isZero();
    }

    @Test
    void aPasskeyNameOverAHundredCharactersIsRefusedWith400() {
        var mentee = Session.of(port, world.mentee().email());
        mentee.postJson("/webauthn/register/options", "");

        var registered = mentee.postJson("/webauthn/register", madeUpRegistration("x".repeat(101)));

        assertThat(registered.statusCode()).isEqualTo(400);
        assertThat(registered.body()).contains("1 to 100 characters");
        assertThat(dsl.fetchCount(PASSKEY, PASSKEY.PERSON_ID.eq(world.mentee().id().value()))).isZero();
    }

    @Test
    void aMadeUpPasskeySignInSignsNobodyIn() {
        var visitor = Session.anonymous(port);
        visitor.postJson("/webauthn/authenticate/options", "");

        var signIn = visitor.postJson("/login/webauthn", "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\","
                + "\"response\":{\"authenticatorData\":\"AAAA\",\"clientDataJSON\":\"AAAA\",\"signature\":\"AAAA\"}}");

        assertThat(signIn.statusCode()).isEqualTo(401);
        assertThat(visitor.page.get("/").status()).isEqualTo(302);
    }

    @Test
    void aPersonCannotRemoveSomeoneElsesPasskey() {
        UUID menteesPasskey = passkeyOf(world.mentee(), "Mentee's phone");
        var mentor = Session.of(port, world.mentor().email());

        var removed = mentor.page.postForm(PasskeyController.REMOVE.replace("{id}", menteesPasskey.toString()),
                Map.of("_csrf", mentor.csrf));

        assertThat(removed.status()).isEqualTo(404);
        assertThat(dsl.fetchExists(PASSKEY, PASSKEY.ID.eq(menteesPasskey))).isTrue();
    }

    @Test
    void aPersonRemovesTheirOwnPasskeyFromTheirPage() {
        UUID passkey = passkeyOf(world.mentee(), "Old phone");
        var mentee = Session.of(port, world.mentee().email());
        assertThat(mentee.page.get(PasskeyController.PASSKEYS).body()).contains("Old phone");

        var removed = mentee.page.postForm(PasskeyController.REMOVE.replace("{id}", passkey.toString()), Map.of("_csrf", mentee.csrf));

        assertThat(removed.status()).isEqualTo(302);
        assertThat(dsl.fetchExists(PASSKEY, PASSKEY.ID.eq(passkey))).isFalse();
    }

    @Test
    void passkeysAreInThePersonsExportAndGoWithTheirErasure() {
        passkeyOf(world.mentee(), "Tablet");

        var export = Api.at(port).as(world.admin().email()).get("/api/v1/people/" + world.mentee().id().value() + "/export");
        assertThat(export.json().path("passkeys").get(0).path("label").asString()).isEqualTo("Tablet");

        context.getBean(PeopleService.class).erase(World.actor(world.admin()), world.mentee().id());
        assertThat(dsl.fetchCount(PASSKEY, PASSKEY.PERSON_ID.eq(world.mentee().id().value()))).isZero();
        assertThat(dsl.fetchCount(PASSKEY_USER, PASSKEY_USER.PERSON_ID.eq(world.mentee().id().value()))).isZero();
    }

    /** A stored passkey, written through the repositories Spring Security's ceremonies use. */
    private UUID passkeyOf(Person person, String label) {
        Bytes handle = Bytes.random();
        users.save(ImmutablePublicKeyCredentialUserEntity.builder().id(handle).name(person.email()).displayName(person.displayName()).build());
        credentials.save(ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(Bytes.random())
                .userEntityUserId(handle)
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .backupEligible(false)
                .backupState(false)
                .transports(java.util.Set.of())
                .label(label)
                .build());
        return dsl.select(PASSKEY.ID).from(PASSKEY).where(PASSKEY.PERSON_ID.eq(person.id().value())).and(PASSKEY.LABEL.eq(label))
                .fetchOne(PASSKEY.ID);
    }

    private static String madeUpRegistration(String label) {
        return "{\"publicKey\":{\"label\":\"" + label + "\",\"credential\":{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\","
                + "\"response\":{\"attestationObject\":\"AAAA\",\"clientDataJSON\":\"AAAA\",\"transports\":[]},"
                + "\"clientExtensionResults\":{}}}}";
    }

    /** A page session (signed in through the login form, or not) that can also send the JSON the passkey script sends. */
    private record Session(int port, PageClient page, String csrf) {

        private static final HttpClient CLIENT = HttpClient.newHttpClient();

        static Session of(int port, String email) {
            PageClient page = PageClient.at(port);
            page.signIn(email);
            return new Session(port, page, PageClient.csrfToken(page.get(PasskeyController.PASSKEYS).body()));
        }

        static Session anonymous(int port) {
            PageClient page = PageClient.at(port);
            return new Session(port, page, PageClient.csrfToken(page.get("/login").body()));
        }

        HttpResponse<String> postJson(String path, String json) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("X-CSRF-TOKEN", csrf)
                    .header("Cookie", "SESSION=" + page.cookie("SESSION"))
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
