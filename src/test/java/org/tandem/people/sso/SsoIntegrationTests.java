package org.tandem.people.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.ACCOUNT_LINK;
import static org.tandem.db.Tables.AUDIT_ENTRY;
import static org.tandem.db.Tables.PERSON;
import static org.tandem.people.sso.SsoSignInFlow.providerVouchesFor;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.people.PeopleService;
import org.tandem.people.PersonDraft;
import org.tandem.people.PersonStatus;
import org.tandem.people.Principals;
import org.tandem.people.Role;
import org.tandem.support.IntegrationTest;
import org.tandem.support.World;

/**
 * Single sign-on against a real OpenID Connect provider running inside the test: who gets in (a known person whose
 * email the provider has verified) and who is kept out, with nothing created for them.
 */
@IntegrationTest
class SsoIntegrationTests {

    static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        SsoSignInFlow.useAsTandemsProvider(registry, provider, Map.of("tandem.oidc.display-name", "Acme Login"));
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    World world;

    @BeforeEach
    void setUp() {
        world = World.create(context);
    }

    @Test
    void theLoginPageOffersTheProviderByItsName() {
        var login = new SsoSignInFlow(port).get("/login");

        assertThat(login.body()).contains("href=\"" + SsoController.START + "\"", "Sign in with Acme Login");
    }

    @Test
    void aKnownPersonWhoseEmailTheProviderVerifiedSignsInAndSeesTheirHome() {
        providerVouchesFor(provider, world.mentee().email(), true);

        var home = new SsoSignInFlow(port).signIn();

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Signed in as </span>" + world.mentee().displayName());
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ORGANIZATION_ID.eq(world.organization().id().value())
                .and(AUDIT_ENTRY.ACTOR_ID.eq(world.mentee().id().value())).and(AUDIT_ENTRY.ACTION.eq("SIGN_IN"))
                .and(AUDIT_ENTRY.DETAILS.contains("sso")))).isEqualTo(1);
    }

    @Test
    void aPersonSignedInBySingleSignOnUsesPagesThatNeedTheirRoles() {
        providerVouchesFor(provider, world.lead().email(), true);
        var lead = new SsoSignInFlow(port);
        lead.signIn();

        var people = lead.get("/people");

        assertThat(people.statusCode()).isEqualTo(200);
        assertThat(people.body()).contains(world.mentor().displayName());
    }

    @Test
    void theSecondSignInWithAnUnverifiedEmailIsRefused() {
        providerVouchesFor(provider, world.mentor().email(), true);
        assertThat(new SsoSignInFlow(port).signIn().uri().getPath()).isEqualTo("/");

        providerVouchesFor(provider, world.mentor().email(), false);
        var browser = new SsoSignInFlow(port);
        var refused = browser.signIn();

        assertThat(refused.uri().getPath()).isEqualTo(SsoController.REFUSED);
        assertThat(refused.body()).contains("did not confirm that your email address is yours");
        assertThat(browser.get("/").uri().getPath()).isEqualTo("/login");
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.TARGET_ID.eq(world.mentor().id().value())
                .and(AUDIT_ENTRY.ACTION.eq("SIGN_IN_FAILED")))).isEqualTo(1);
    }

    @Test
    void anEmailTheProviderSaysNothingAboutVerifyingIsRefused() {
        providerVouchesFor(provider, world.mentor().email(), null);

        var refused = new SsoSignInFlow(port).signIn();

        assertThat(refused.uri().getPath()).isEqualTo(SsoController.REFUSED);
        assertThat(refused.uri().getQuery()).isEqualTo("reason=unverified");
    }

    @Test
    void anUnknownEmailIsRefusedAndNobodyIsCreated() {
        String stranger = "stranger-" + world.organization().slug() + "@test.example";
        providerVouchesFor(provider, stranger, true);
        int people = dsl.fetchCount(PERSON);

        var browser = new SsoSignInFlow(port);
        var refused = browser.signIn();

        assertThat(refused.uri().getPath()).isEqualTo(SsoController.REFUSED);
        assertThat(refused.body()).contains("Tandem has no account for the email address");
        assertThat(dsl.fetchCount(PERSON)).isEqualTo(people);
        assertThat(dsl.fetchExists(PERSON, PERSON.EMAIL.eq(stranger))).isFalse();
        assertThat(browser.get("/").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void anInvitedPersonWhoSignsInWithAVerifiedEmailBecomesActiveAndTheirInvitationLinkStopsWorking() {
        var invited = context.getBean(PeopleService.class).create(World.actor(world.lead()), new PersonDraft(
                "invitee-" + world.organization().slug() + "@test.example", "Ines Invited", Set.of(Role.MENTEE), null, null, null, null, null));
        assertThat(invited.status()).isEqualTo(PersonStatus.INVITED);
        providerVouchesFor(provider, invited.email(), true);

        var home = new SsoSignInFlow(port).signIn();

        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Signed in as </span>Ines Invited");
        assertThat(context.getBean(Principals.class).byLoginEmail(invited.email()).orElseThrow().status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(dsl.fetchCount(ACCOUNT_LINK, ACCOUNT_LINK.PERSON_ID.eq(invited.id().value())
                .and(ACCOUNT_LINK.USED_AT.isNull()).and(ACCOUNT_LINK.VOIDED_AT.isNull()))).isZero();
    }

    @Test
    void aDeactivatedPersonIsRefused() {
        context.getBean(PeopleService.class).deactivate(World.actor(world.admin()), world.otherMentee().id(), OptionalLong.empty());
        providerVouchesFor(provider, world.otherMentee().email(), true);

        var browser = new SsoSignInFlow(port);
        var refused = browser.signIn();

        assertThat(refused.uri().getPath()).isEqualTo(SsoController.REFUSED);
        assertThat(refused.body()).contains("Your Tandem account is deactivated.");
        assertThat(browser.get("/").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void aForgedReturnFromTheProviderSignsNobodyIn() {
        var browser = new SsoSignInFlow(port);

        var forged = browser.get("/login/oauth2/code/" + SsoProperties.REGISTRATION_ID + "?code=made-up&state=made-up");

        assertThat(forged.uri().getPath()).isEqualTo(SsoController.REFUSED);
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(browser.get("/").uri().getPath()).isEqualTo("/login");
    }
}
