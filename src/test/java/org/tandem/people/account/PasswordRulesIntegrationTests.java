package org.tandem.people.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.AUDIT_ENTRY;
import static org.tandem.support.Api.json;

import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.people.Organizations;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/** The password rules wherever a password is set, the change of one's own password, and what adding a person may reveal. */
@IntegrationTest
class PasswordRulesIntegrationTests {

    static final String TOO_LONG = "a".repeat(60) + " " + "b".repeat(68);
    static final String TOO_SHORT = "abcdefghijk";
    static final String COMMON = "Qwerty123456";
    /** 50 characters, 100 bytes in UTF-8: more than bcrypt reads. Only the last character differs in {@link #LONG_TWIN}. */
    static final String LONG_BYTES = "é".repeat(49) + "x";
    static final String LONG_TWIN = "é".repeat(49) + "y";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    World world;
    Api admin;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        admin = Api.at(port).as(world.admin().email());
    }

    @Test
    void theSharedListHoldsAtLeastTenThousandPasswords() {
        assertThat(PasswordPolicy.listSize()).isGreaterThanOrEqualTo(10_000);
        assertThat(TOO_LONG).hasSize(129);
    }

    @Test
    void tooLongTooShortAndCommonPasswordsOfANewPersonAre400NamingPassword() {
        for (String bad : new String[] {TOO_LONG, TOO_SHORT, COMMON, "   ", ""}) {
            var answer = admin.post("/api/v1/people", json("{'email':'%s','displayName':'Pat','roles':['MENTEE'],'password':'%s'}",
                    fresh(), bad));
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(fields(answer.json())).as(bad).containsExactly("password");
        }
    }

    @Test
    void aHundredBytePasswordIsAcceptedAndEveryCharacterOfItCounts() {
        String email = fresh();
        var created = admin.post("/api/v1/people", json("{'email':'%s','displayName':'Pat','roles':['MENTEE'],'password':'%s'}",
                email, LONG_BYTES));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(Api.at(port).as(email, LONG_BYTES).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Api.at(port).as(email, LONG_TWIN).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aLongPasswordAgainstAnOldBcryptHashIsAWrongPasswordNotAnError() {
        assertThat(Api.at(port).as(world.mentor().email(), LONG_BYTES).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void changingMyPasswordNeedsTheCurrentOne() {
        var mentee = Api.at(port).as(world.mentee().email());

        var wrong = mentee.put("/api/v1/me/password", json("{'currentPassword':'not my password at all','newPassword':'a brand new sentence'}"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(fields(wrong.json())).containsExactly("currentPassword");
        assertThat(Api.at(port).as(world.mentee().email(), "a brand new sentence").get("/api/v1/me").status()).isEqualTo(401);

        var changed = mentee.put("/api/v1/me/password", json("{'currentPassword':'%s','newPassword':'a brand new sentence'}", World.PASSWORD));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(Api.at(port).as(world.mentee().email(), "a brand new sentence").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Api.at(port).as(world.mentee().email(), World.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("PASSWORD_CHANGED").and(AUDIT_ENTRY.TARGET_ID.eq(world.mentee().id().value()))))
                .isEqualTo(1);
        assertThat(dsl.fetch(AUDIT_ENTRY, AUDIT_ENTRY.TARGET_ID.eq(world.mentee().id().value())).toString())
                .doesNotContain("a brand new sentence", World.PASSWORD);
    }

    @Test
    void aBadNewPasswordIs400NamingNewPasswordAndNeverA500() {
        var mentor = Api.at(port).as(world.mentor().email());
        for (String bad : new String[] {TOO_LONG, TOO_SHORT, COMMON}) {
            var answer = mentor.put("/api/v1/me/password", json("{'currentPassword':'%s','newPassword':'%s'}", World.PASSWORD, bad));
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(fields(answer.json())).as(bad).containsExactly("newPassword");
        }
        assertThat(mentor.put("/api/v1/me/password", "{}").status()).isEqualTo(400);
        assertThat(mentor.put("/api/v1/me/password", json("{'currentPassword':'%s','newPassword':'%s'}", World.PASSWORD, LONG_BYTES)).status())
                .isEqualTo(204);
        assertThat(Api.at(port).as(world.mentor().email(), LONG_BYTES).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void theChangePasswordPageShowsAWrongCurrentPasswordBesideItsField() {
        var page = PageClient.at(port);
        page.signIn(world.mentee().email());
        var form = page.get("/me/password");
        assertThat(form.status()).isEqualTo(200);

        var refused = page.postForm("/me/password", Map.of("currentPassword", "not my password at all",
                "newPassword", "a brand new sentence", "_csrf", PageClient.csrfToken(form.body())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"currentPassword-error\"");
    }

    @Test
    void anUpdateCannotCarryAPasswordAnyMore() {
        var answer = admin.put("/api/v1/people/" + world.mentee().id(), json(
                "{'email':'%s','displayName':'Manu Mentee','roles':['MENTEE'],'timeZone':'Europe/Berlin','password':'sneaky new password'}",
                world.mentee().email()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Api.at(port).as(world.mentee().email(), "sneaky new password").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.at(port).as(world.mentee().email()).get("/api/v1/me").status()).isEqualTo(200);
        var schema = Api.at(port).get("/v3/api-docs").json().get("components").get("schemas").get("PersonUpdateBody");
        assertThat(schema.get("properties").has("password")).isFalse();
    }

    @Test
    void anEmailOfAnotherOrganizationIsRefusedLikeAnyUnusableAddress() {
        var elsewhere = context.getBean(Organizations.class).create("Elsewhere", "elsewhere-" + UUID.randomUUID().toString().substring(0, 8));
        String taken = fresh();
        context.getBean(org.tandem.people.PeopleService.class).createUnchecked(elsewhere.id(),
                new org.tandem.people.PersonDraft(taken, "Someone Else", java.util.Set.of(org.tandem.people.Role.MENTEE), null, null, null, null,
                        World.PASSWORD));

        var otherOrg = admin.post("/api/v1/people", json("{'email':'%s','displayName':'Pat','roles':['MENTEE']}", taken));
        var malformed = admin.post("/api/v1/people", json("{'email':'%s','displayName':'Pat','roles':['MENTEE']}", "not-an-address"));
        var sameOrg = admin.post("/api/v1/people", json("{'email':'%s','displayName':'Pat','roles':['MENTEE']}", world.mentor().email()));

        assertThat(otherOrg.status()).isEqualTo(400);
        assertThat(fields(otherOrg.json())).containsExactly("email");
        assertThat(message(otherOrg.json())).isEqualTo(message(malformed.json())).doesNotContain("in use");
        assertThat(sameOrg.status()).isEqualTo(400);
        assertThat(message(sameOrg.json())).contains("already in use");
    }

    private static String fresh() {
        return "pat-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    private static java.util.List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsString("field");
    }

    private static String message(JsonNode problem) {
        return problem.get("errors").get(0).get("message").asString();
    }
}
