package org.tandem.people.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.AUDIT_ENTRY;
import static org.tandem.support.Api.json;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.notify.NotifyIntegrationTest;
import org.tandem.people.AuditLog;
import org.tandem.shared.Links;
import org.tandem.support.Api;
import org.tandem.support.PageClient;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/**
 * Bringing people in, from the outside: the invitation mail really arrives (GreenMail), its link is the only way in,
 * works once, for 7 days, and only until a fresher one replaces it.
 */
@NotifyIntegrationTest
@PostgresRelevant
class InvitationIntegrationTests {

    static final String CHOSEN = "plum orchard at dusk";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    World world;
    Api admin;
    String email;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        admin = Api.at(port).as(world.admin().email());
        email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    @Test
    void aPersonAddedWithoutAPasswordIsInvitedAndSignsInThroughTheMailedLinkAlone() {
        var created = admin.post("/api/v1/people", json("{'email':'%s','displayName':'Nia Newcomer','roles':['MENTEE']}", email));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("INVITED");
        assertThat(Api.at(port).as(email, CHOSEN).get("/api/v1/me").status()).as("no password yet").isEqualTo(401);

        var mail = Mailbox.of(email).awaitMessage(1);
        assertThat(Mailbox.subject(mail)).contains("invited");
        String link = Mailbox.linkPath(mail, "/invitations/");

        var visitor = PageClient.at(port);
        var form = visitor.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Welcome, Nia Newcomer", email);
        var accepted = visitor.postForm(link, Map.of("password", CHOSEN, "_csrf", PageClient.csrfToken(form.body())));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.header("Location")).endsWith("/");

        var home = visitor.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Nia Newcomer");
        String id = created.json().get("id").asString();
        assertThat(admin.get("/api/v1/people/" + id).json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(Api.at(port).as(email, CHOSEN).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(auditActions(id)).contains("PERSON_CREATED", "INVITATION_SENT", "INVITATION_ACCEPTED");
    }

    @Test
    void aUsedInvitationLinkShowsAClearPageAndChangesNothing() {
        invite();
        String link = Mailbox.linkPath(Mailbox.of(email).awaitMessage(1), "/invitations/");
        accept(link, CHOSEN);

        var again = PageClient.at(port);
        var page = again.get(link);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("does not work any more", "Ask the person who added you");
        var post = again.postForm(link, Map.of("password", "another fine password", "_csrf", PageClient.csrfToken(again.get("/login").body())));
        assertThat(post.status()).isEqualTo(404);
        assertThat(Api.at(port).as(email, "another fine password").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.at(port).as(email, CHOSEN).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aResentInvitationVoidsTheOldLink() {
        String id = invite();
        String first = Mailbox.linkPath(Mailbox.of(email).awaitMessage(1), "/invitations/");

        var resent = Api.at(port).as(world.lead().email()).post("/api/v1/people/" + id + "/invitation", "{}");
        assertThat(resent.status()).isEqualTo(200);
        String second = Mailbox.linkPath(Mailbox.of(email).awaitMessage(2), "/invitations/");

        assertThat(second).isNotEqualTo(first);
        assertThat(PageClient.at(port).get(first).status()).isEqualTo(404);
        accept(second, CHOSEN);
        assertThat(Api.at(port).as(email, CHOSEN).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aBadPasswordOnTheInvitationPageIsRefusedNamingTheFieldAndTheLinkStillWorks() {
        invite();
        String link = Mailbox.linkPath(Mailbox.of(email).awaitMessage(1), "/invitations/");
        var visitor = PageClient.at(port);
        var form = visitor.get(link);

        var refused = visitor.postForm(link, Map.of("password", "password1234", "_csrf", PageClient.csrfToken(form.body())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"password-error\"", "most common passwords");
        assertThat(visitor.get(link).status()).isEqualTo(200);
    }

    @Test
    void anInvitationLinkWorksForSevenDaysAndNotAMinuteLonger() {
        String id = invite();
        String token = Mailbox.linkPath(Mailbox.of(email).awaitMessage(1), "/invitations/").substring("/invitations/".length());

        assertThat(invitationsAt(Duration.ofDays(7).minusMinutes(1)).invitee(token)).isPresent();
        var late = invitationsAt(Duration.ofDays(7).plusMinutes(1));
        assertThat(late.invitee(token)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> late.accept(token, CHOSEN)).isInstanceOf(LinkNotUsableException.class);
        assertThat(admin.get("/api/v1/people/" + id).json().get("status").asString()).isEqualTo("INVITED");
    }

    @Test
    void deactivationVoidsTheInvitationLinkAndReactivationDoesNotRevive() {
        String id = invite();
        String link = Mailbox.linkPath(Mailbox.of(email).awaitMessage(1), "/invitations/");

        assertThat(admin.post("/api/v1/people/" + id + "/deactivation", "{}").status()).isEqualTo(200);
        assertThat(PageClient.at(port).get(link).status()).isEqualTo(404);
        var back = admin.post("/api/v1/people/" + id + "/reactivation", "{}");

        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("status").asString()).isEqualTo("INVITED");
        assertThat(PageClient.at(port).get(link).status()).isEqualTo(404);
        assertThat(auditActions(id)).contains("PERSON_REACTIVATED");
    }

    @Test
    void aMentorOrMenteeCannotSendInvitations() {
        String id = invite();

        assertThat(Api.at(port).as(world.mentee().email()).post("/api/v1/people/" + id + "/invitation", "{}").status()).isEqualTo(403);
        assertThat(Api.at(port).as(world.mentor().email()).post("/api/v1/people/" + id + "/invitation", "{}").status()).isEqualTo(403);
        assertThat(Mailbox.of(email).awaitMessage(1)).isNotNull();
        assertThat(Mailbox.of(email).messages()).hasSize(1);
    }

    @Test
    void anActivePersonHasNoInvitationToResend() {
        var answer = admin.post("/api/v1/people/" + world.mentee().id() + "/invitation", "{}");

        assertThat(answer.status()).isEqualTo(409);
    }

    @Test
    void aCsvImportWithoutPasswordsInvitesEveryoneItCreates() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = List.of("csv-a-" + tag + "@test.example", "csv-b-" + tag + "@test.example", "csv-c-" + tag + "@test.example");
        String csv = "email,displayName,roles\n" + emails.get(0) + ",Ana,MENTEE\n" + emails.get(1) + ",Ben,MENTOR\n" + emails.get(2) + ",Cy,MENTEE\n";

        var imported = admin.post("/api/v1/people/import", "text/csv", csv);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("created").asInt()).isEqualTo(3);
        for (String address : emails) {
            assertThat(Mailbox.linkPath(Mailbox.of(address).awaitMessage(1), "/invitations/")).startsWith("/invitations/");
        }
        var listed = admin.get("/api/v1/people?query=" + tag).json().get("items");
        assertThat(listed).hasSize(3).allSatisfy(p -> assertThat(p.get("status").asString()).isEqualTo("INVITED"));
    }

    private String invite() {
        var created = admin.post("/api/v1/people", json("{'email':'%s','displayName':'Nia Newcomer','roles':['MENTEE']}", email));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void accept(String link, String password) {
        var visitor = PageClient.at(port);
        var form = visitor.get(link);
        assertThat(visitor.postForm(link, Map.of("password", password, "_csrf", PageClient.csrfToken(form.body()))).status()).isEqualTo(302);
    }

    /** The same service over the same database, with the clock moved on: how much later a visitor comes. */
    private Invitations invitationsAt(Duration later) {
        Clock moved = Clock.offset(Clock.systemUTC(), later);
        var links = new OneTimeLinks(context.getBean(AccountLinkRepository.class), moved, context.getBean(Links.class));
        return new Invitations(links, context.getBean(AccountPeople.class), context.getBean(AuditLog.class), context);
    }

    private List<String> auditActions(String personId) {
        return dsl.select(AUDIT_ENTRY.ACTION).from(AUDIT_ENTRY).where(AUDIT_ENTRY.TARGET_ID.eq(UUID.fromString(personId)))
                .orderBy(AUDIT_ENTRY.AT).fetch(AUDIT_ENTRY.ACTION);
    }
}
