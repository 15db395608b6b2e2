package org.tandem.people.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.ACCOUNT_LINK;
import static org.tandem.db.Tables.PERSON;
import static org.tandem.people.sso.SsoSignInFlow.providerVouchesFor;

import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tandem.people.Organizations;
import org.tandem.people.PersonStatus;
import org.tandem.people.Principals;
import org.tandem.people.Role;
import org.tandem.support.IntegrationTest;

/** With {@code tandem.oidc.create-people=true}, a verified email nobody has yet becomes a mentee of the default organization. */
@IntegrationTest
class SsoCreatesPeopleIntegrationTests {

    static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        SsoSignInFlow.useAsTandemsProvider(registry, provider, Map.of("tandem.oidc.create-people", "true"));
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    Principals principals;

    @Autowired
    Organizations organizations;

    @Autowired
    DSLContext dsl;

    @Test
    void aFirstSignInWithAVerifiedUnknownEmailCreatesOneMenteeAndSignsThemIn() {
        String newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        providerVouchesFor(provider, newcomer, true);

        var home = new SsoSignInFlow(port).signIn();

        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Signed in as </span>Sam Single");
        var created = principals.byLoginEmail(newcomer).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.MENTEE);
        assertThat(created.status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(dsl.fetchCount(ACCOUNT_LINK, ACCOUNT_LINK.PERSON_ID.eq(created.id().value()))).as("no invitation").isZero();
        assertThat(created.organizationId()).isEqualTo(organizations.defaultOrganization().id());

        providerVouchesFor(provider, newcomer, true);
        assertThat(new SsoSignInFlow(port).signIn().uri().getPath()).isEqualTo("/");
        assertThat(dsl.fetchCount(PERSON, PERSON.EMAIL.eq(newcomer))).isEqualTo(1);
    }

    @Test
    void anUnverifiedUnknownEmailCreatesNobodyEvenWhenCreatingIsOn() {
        String newcomer = "unverified-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        providerVouchesFor(provider, newcomer, false);

        var refused = new SsoSignInFlow(port).signIn();

        assertThat(refused.uri().getPath()).isEqualTo(SsoController.REFUSED);
        assertThat(dsl.fetchExists(PERSON, PERSON.EMAIL.eq(newcomer))).isFalse();
    }
}
