package org.tandem.people.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/** The page per person, from the side of each reader: what they see, and which actions they are offered and allowed. */
@IntegrationTest
@PostgresRelevant
class PersonPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;

    @BeforeEach
    void setUp() {
        world = World.create(context);
    }

    @Test
    void aLeadSeesAMentorsProfileStatusAndPairAndMayManageThem() {
        var page = signedIn(world.lead().email()).get(PersonPageController.href(world.mentor().id()));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(world.mentor().displayName(), world.mentor().email(), "Active",
                "Mentor of " + world.mentee().displayName() + " in " + world.program().name(), ">Deactivate<", ">Save<");
        assertThat(page.body()).as("seniority in words, not as stored").contains("<dt>Seniority</dt><dd>Mid-level</dd>")
                .doesNotContain("<dd>MID</dd>");
    }

    @Test
    void thePersonAndAnAdminSeeTheirSessionsAndTokenNamesButALeadDoesNot() {
        var created = Api.at(port).as(world.mentor().email()).post("/api/v1/me/tokens", "{\"name\":\"laptop script\"}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("token").asString();
        String path = PersonPageController.href(world.mentor().id());

        var own = signedIn(world.mentor().email()).get(path).body();
        assertThat(own).contains("Sessions and tokens", "laptop script", "Sign out everywhere", "open page session").doesNotContain(secret);
        var admin = signedIn(world.admin().email()).get(path).body();
        assertThat(admin).contains("Sessions and tokens", "laptop script").doesNotContain("Sign out everywhere", secret);
        var lead = signedIn(world.lead().email()).get(path).body();
        assertThat(lead).doesNotContain("Sessions and tokens", "laptop script");
    }

    @Test
    void aLeadIsNotOfferedToEditDeactivateOrReactivateAnAdminAndIsRefusedWhenTrying() {
        var lead = signedIn(world.lead().email());
        var page = lead.get(PersonPageController.href(world.admin().id()));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(">Deactivate<", ">Save<", ">Reactivate<");
        var tried = lead.postForm(PersonPageController.DEACTIVATION.replace("{id}", world.admin().id().toString()),
                Map.of("_csrf", PageClient.csrfToken(page.body())));
        assertThat(tried.status()).isEqualTo(403);
        assertThat(Api.at(port).as(world.admin().email()).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anAdminDeactivatesAndReactivatesAPersonFromTheirPage() {
        var admin = signedIn(world.admin().email());
        String href = PersonPageController.href(world.otherMentee().id());
        var page = admin.get(href);

        var off = admin.postForm(PersonPageController.DEACTIVATION.replace("{id}", world.otherMentee().id().toString()),
                Map.of("_csrf", PageClient.csrfToken(page.body())));
        assertThat(off.status()).isEqualTo(302);
        var deactivated = admin.get(href);
        assertThat(deactivated.body()).contains("Deactivated", ">Reactivate<").doesNotContain(">Deactivate<");
        assertThat(Api.at(port).as(world.otherMentee().email()).get("/api/v1/me").status()).isEqualTo(401);

        var on = admin.postForm(PersonPageController.REACTIVATION.replace("{id}", world.otherMentee().id().toString()),
                Map.of("_csrf", PageClient.csrfToken(deactivated.body())));
        assertThat(on.status()).isEqualTo(302);
        assertThat(admin.get(href).body()).contains("is active again");
        assertThat(Api.at(port).as(world.otherMentee().email()).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anAdminErasesAPersonFromTheirPageOnlyAfterTypingTheirAddress() {
        var admin = signedIn(world.admin().email());
        var mentee = world.otherMentee();
        String erasure = PersonPageController.ERASURE.replace("{id}", mentee.id().toString());
        assertThat(admin.get(PersonPageController.href(mentee.id())).body()).contains("Erase personal data");
        var confirm = admin.get(erasure);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("cannot be undone", mentee.email());

        var mistyped = admin.postForm(erasure, Map.of("_csrf", PageClient.csrfToken(confirm.body()), "confirm", "someone@else.example"));
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.body()).contains("field__error", "to be sure it is the right person");
        assertThat(Api.at(port).as(mentee.email()).get("/api/v1/me").status()).as("nothing changed").isEqualTo(200);

        var erased = admin.postForm(erasure, Map.of("_csrf", PageClient.csrfToken(confirm.body()), "confirm", " " + mentee.email().toUpperCase() + " "));
        assertThat(erased.status()).isEqualTo(302);
        assertThat(admin.get(PersonPageController.href(mentee.id())).body()).contains("is erased", "Former member")
                .doesNotContain(mentee.displayName(), mentee.email());
        assertThat(Api.at(port).as(mentee.email()).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void nobodyButAnAdminIsOfferedOrAllowedToEraseAndAnAdminNotThemself() {
        for (var looker : java.util.List.of(world.lead(), world.mentor(), world.otherMentee())) {
            var pages = signedIn(looker.email());
            var page = pages.get(PersonPageController.href(world.otherMentee().id()));
            assertThat(page.body()).as(looker.displayName()).doesNotContain("Erase personal data");
            String erasure = PersonPageController.ERASURE.replace("{id}", world.otherMentee().id().toString());
            assertThat(pages.get(erasure).status()).as(looker.displayName()).isEqualTo(404);
            var tried = pages.postForm(erasure, Map.of("_csrf", PageClient.csrfToken(pages.get("/").body()),
                    "confirm", world.otherMentee().email()));
            assertThat(tried.status()).as(looker.displayName()).isEqualTo(404);
        }
        var admin = signedIn(world.admin().email());
        assertThat(admin.get(PersonPageController.href(world.admin().id())).body()).doesNotContain("Erase personal data");
        assertThat(admin.get(PersonPageController.ERASURE.replace("{id}", world.admin().id().toString())).status()).isEqualTo(404);
        assertThat(Api.at(port).as(world.otherMentee().email()).get("/api/v1/me").status()).as("still there").isEqualTo(200);
    }

    @Test
    void anInvitedPersonsPageOffersAFreshInvitationToManagersOnly() {
        String email = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var created = Api.at(port).as(world.admin().email()).post("/api/v1/people",
                json("{'email':'%s','displayName':'Ivy Invited','roles':['MENTEE']}", email));
        String href = "/people/" + created.json().get("id").asString();

        var forLead = signedIn(world.lead().email()).get(href);
        assertThat(forLead.body()).contains("Invited", "Waiting: sent", "Send a fresh invitation");
        assertThat(signedIn(world.mentee().email()).get(href).status()).isEqualTo(404);
    }

    @Test
    void aMenteeSeesTheirOwnPageWithoutManagingActionsButNobodyElses() {
        var mentee = signedIn(world.mentee().email());

        var own = mentee.get(PersonPageController.href(world.mentee().id()));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Change my password").doesNotContain(">Deactivate<", ">Save<");
        assertThat(mentee.get(PersonPageController.href(world.mentor().id())).status()).isEqualTo(404);
    }

    @Test
    void thePeoplePageLinksEachNameToTheirPageAndSaysSinceWhenTheyHaveTheirStatus() {
        var page = signedIn(world.admin().email()).get("/people?query=" + world.mentee().email());

        assertThat(page.body()).contains("href=\"" + PersonPageController.href(world.mentee().id()) + "\"", "Active", "since");
    }

    @Test
    void aPersonCreatedOnThePeoplePageIsInvited() {
        var admin = signedIn(world.admin().email());
        var form = admin.get("/people");
        String email = "page-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";

        var added = admin.postForm("/people", Map.of("displayName", "Pia Page", "email", email, "roles", "MENTEE",
                "_csrf", PageClient.csrfToken(form.body())));

        assertThat(added.status()).isEqualTo(302);
        var listed = Api.at(port).as(world.admin().email()).get("/api/v1/people?query=" + email).json().get("items").get(0);
        assertThat(listed.get("status").asString()).isEqualTo("INVITED");
    }

    private PageClient signedIn(String email) {
        var client = PageClient.at(port);
        client.signIn(email);
        return client;
    }
}
