package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/** Only admins change admins, through every door; and the organization always keeps one active admin. */
@IntegrationTest
class AdminProtectionIntegrationTests {

    private static final String CSV_HEADER = "email,displayName,roles,team,title,seniority,timeZone\n";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api api;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        api = Api.at(port);
    }

    private String person(Person p) {
        return "/api/v1/people/" + p.id();
    }

    private String body(Person p, String roles) {
        return Api.json("{'email':'%s','displayName':'%s','roles':[%s]}", p.email(), p.displayName(), roles);
    }

    private String adminRoles() {
        return api.as(world.admin().email()).get(person(world.admin())).json().get("roles").toString();
    }

    @Test
    void aLeadCannotDemoteAnAdminThroughTheApi() {
        var refused = api.as(world.lead().email()).put(person(world.admin()), body(world.admin(), "'MENTOR'"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("Only an admin");
        assertThat(adminRoles()).contains("ADMIN");
    }

    @Test
    void aLeadCannotGrantAdminToAMentorThroughTheApi() {
        var refused = api.as(world.lead().email()).put(person(world.mentor()), body(world.mentor(), "'MENTOR','ADMIN'"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.as(world.admin().email()).get(person(world.mentor())).json().get("roles").toString()).doesNotContain("ADMIN");
    }

    @Test
    void aLeadCannotCreateAnAdminThroughTheApi() {
        var refused = api.as(world.lead().email()).post("/api/v1/people",
                Api.json("{'email':'boss-%s@test.example','displayName':'Boss','roles':['ADMIN']}", world.organization().slug()));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aLeadCannotDeactivateOrEraseAnAdmin() {
        var lead = api.as(world.lead().email());

        assertThat(lead.post(person(world.admin()) + "/deactivation", "").status()).isEqualTo(403);
        assertThat(lead.post(person(world.admin()) + "/erasure", "").status()).isEqualTo(403);
        assertThat(api.as(world.admin().email()).get(person(world.admin())).json().get("active").asBoolean()).isTrue();
    }

    @Test
    void aCsvImportByALeadThatTouchesAnAdminChangesNothingAndNamesTheLine() {
        String csv = CSV_HEADER
                + "new-" + world.organization().slug() + "@test.example,New Person,MENTEE,,,,\n"
                + world.admin().email() + ",Ada Admin,MENTOR,,,,\n";

        var refused = api.as(world.lead().email()).post("/api/v1/people/import", "text/csv", csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains(world.admin().email(), "Only an admin");
        assertThat(adminRoles()).contains("ADMIN");
        assertThat(api.as(world.admin().email()).get("/api/v1/people?query=New%20Person").json().get("items").size()).isZero();
    }

    @Test
    void aCsvImportByALeadThatGrantsAdminIsRefused() {
        String csv = CSV_HEADER + world.mentor().email() + ",Mona Mentor,\"MENTOR;ADMIN\",,,,\n";

        var refused = api.as(world.lead().email()).post("/api/v1/people/import", "text/csv", csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(api.as(world.admin().email()).get(person(world.mentor())).json().get("roles").toString()).doesNotContain("ADMIN");
    }

    @Test
    void aLeadCannotDemoteAnAdminThroughTheImportPage() {
        PageClient browser = PageClient.at(port);
        browser.signIn(world.lead().email());
        String token = PageClient.csrfToken(browser.get("/people/import").body());

        var page = browser.postForm("/people/import", Map.of("_csrf", token, "csv", CSV_HEADER + world.admin().email() + ",Ada Admin,MENTEE,,,,\n"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Only an admin");
        assertThat(adminRoles()).contains("ADMIN");
    }

    @Test
    void aLeadCannotDemoteOrDeactivateAnAdminOnThePersonPage() {
        PageClient browser = PageClient.at(port);
        browser.signIn(world.lead().email());
        String token = PageClient.csrfToken(browser.get("/").body());
        String page = "/people/" + world.admin().id();

        var demoted = browser.postForm(page, Map.of("_csrf", token, "email", world.admin().email(), "displayName", "Ada Admin",
                "roles", "MENTEE", "timeZone", "Europe/Berlin"));
        var deactivated = browser.postForm(page + "/deactivation", Map.of("_csrf", token));

        assertThat(demoted.status()).isEqualTo(403);
        assertThat(deactivated.status()).isEqualTo(403);
        assertThat(adminRoles()).contains("ADMIN");
        assertThat(api.as(world.admin().email()).get(person(world.admin())).json().get("active").asBoolean()).isTrue();
    }

    @Test
    void theLastAdminCannotDemoteThemself() {
        var refused = api.as(world.admin().email()).put(person(world.admin()), body(world.admin(), "'MENTOR'"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("last active admin");
        assertThat(adminRoles()).contains("ADMIN");
    }

    @Test
    void theLastAdminCannotDeactivateThemself() {
        var refused = api.as(world.admin().email()).post(person(world.admin()) + "/deactivation", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.as(world.admin().email()).get(person(world.admin())).json().get("active").asBoolean()).isTrue();
    }

    @Test
    void theLastAdminCannotDemoteThemselfThroughAnImport() {
        var refused = api.as(world.admin().email()).post("/api/v1/people/import", "text/csv", CSV_HEADER + world.admin().email() + ",Ada Admin,MENTOR,,,,\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("last active admin");
        assertThat(adminRoles()).contains("ADMIN");
    }

    @Test
    void anAdminMayHandOverTheAdminRoleAndItIsAudited() {
        var admin = api.as(world.admin().email());
        assertThat(admin.put(person(world.mentor()), body(world.mentor(), "'MENTOR','ADMIN'")).status()).isEqualTo(200);

        var demoted = admin.put(person(world.admin()), body(world.admin(), "'PROGRAM_LEAD'"));

        assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
        var entries = api.as(world.mentor().email()).get("/api/v1/audit?action=ROLE_CHANGED&targetId=" + world.admin().id()).json().get("items");
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.get(0).get("actorId").asString()).isEqualTo(world.admin().id().toString());
        assertThat(entries.get(0).get("details").get("before").asString()).isEqualTo("ADMIN");
        assertThat(entries.get(0).get("details").get("after").asString()).isEqualTo("PROGRAM_LEAD");
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        var admin = api.as(world.admin().email());
        assertThat(admin.put(person(world.mentor()), body(world.mentor(), "'MENTOR','ADMIN'")).status()).isEqualTo(200);

        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> admin.put(person(world.mentor()), body(world.mentor(), "'MENTOR'")));
            var second = threads.submit(() -> api.as(world.mentor().email()).put(person(world.admin()), body(world.admin(), "'MENTEE'")));
            var statuses = java.util.List.of(first.get().status(), second.get().status());

            // The loser is refused either as the last admin's demotion (409) or, when the other change came first,
            // as a non-admin touching an admin (403); never do both pass.
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).anySatisfy(status -> assertThat(status).isIn(403, 409));
        }
        var admins = api.withTokenOf(world.lead().email()).get("/api/v1/people?limit=200").json().get("items");
        long left = 0;
        for (var p : admins) {
            left += p.get("roles").toString().contains("ADMIN") && p.get("active").asBoolean() ? 1 : 0;
        }
        assertThat(left).isEqualTo(1);
    }
}
