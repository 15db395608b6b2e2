package org.tandem.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.STAKEHOLDER_INVITATION;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.PostgresRelevant;

/**
 * Stakeholders' words on a celebration follow the "feedback you can fix" flow (decision 0090): held once when the
 * check finds something, changed or withdrawn by the guest until the link runs out, version-checked, and readers see
 * that words were edited, never the old words.
 */
@IntegrationTest
@PostgresRelevant
class CelebrationWordsIntegrationTests {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    MilestoneApiIntegrationTests t;
    Api mentor;
    Api mentee;

    @BeforeEach
    void setUp() {
        t = new MilestoneApiIntegrationTests();
        t.port = port;
        t.context = context;
        t.dsl = dsl;
        t.setUp();
        mentor = t.mentor;
        mentee = t.mentee;
    }

    private record Published(String milestone, String link, String otherLink) {
    }

    private Published published() {
        String goal = MilestoneApiIntegrationTests.activeGoal(t);
        String milestone = MilestoneApiIntegrationTests.plan(mentee, goal, "Sixty and holding", "60");
        t.measure(goal, "63", 0);
        var created = mentee.post("/api/v1/milestones/" + milestone + "/celebration",
                CelebrationApiIntegrationTests.celebration("PAIR", "kai@elsewhere.example", "ana@elsewhere.example"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var links = created.json().get("stakeholderLinks");
        return new Published(milestone, URI.create(links.get(0).get("link").asString()).getPath(),
                URI.create(links.get(1).get("link").asString()).getPath());
    }

    private static String version(GuestPages.Page page) {
        Matcher m = VERSION.matcher(page.body());
        assertThat(m.find()).as("the page offers a change form: " + page.body()).isTrue();
        return m.group(1);
    }

    @Test
    void wordsWithFindingsAreHeldOnceThenAddedAsTheyAreOrEdited() {
        var p = published();
        GuestPages guest = new GuestPages(port);
        guest.get(p.link());

        var held = guest.post(p.link(), "name", "Kai", "text", "You are always brilliant.");
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body()).contains("id=\"guest-ask\"").contains("Add your words as they are, or edit them first?");
        assertThat(mentor.get("/api/v1/milestones/" + p.milestone() + "/celebration").json().get("stakeholderWords").size())
                .as("nothing is added while the page asks").isZero();

        var sent = guest.post(p.link(), "name", "Kai", "text", "You are always brilliant.", "asked", "You are always brilliant.");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("Your words are on the celebration now.").contains("Change my words");
        var words = mentor.get("/api/v1/milestones/" + p.milestone() + "/celebration").json().get("stakeholderWords");
        assertThat(words.size()).isEqualTo(1);
        assertThat(words.get(0).get("words").asString()).isEqualTo("You are always brilliant.");
        assertThat(words.get(0).path("editedAt").isMissingNode() || words.get(0).get("editedAt").isNull()).isTrue();

        GuestPages other = new GuestPages(port);
        other.get(p.otherLink());
        var asIs = other.post(p.otherLink(), "name", "Ana", "text", "She is so smart.", "confirm", "as-it-is");
        assertThat(asIs.status()).as("send as it is goes through without a question").isEqualTo(200);
        assertThat(asIs.body()).contains("Your words are on the celebration now.");
    }

    @Test
    void theGuestChangesTheirWordsAndThePairSeesEditedNotTheOldWords() {
        var p = published();
        GuestPages guest = new GuestPages(port);
        guest.get(p.link());
        var answered = guest.post(p.link(), "name", "Kai", "text", "Quokka escalations went down a lot.");
        assertThat(answered.status()).isEqualTo(200);
        String version = version(answered);

        var held = guest.post(p.link() + "/words", "version", version, "text", "You are always brilliant.");
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body()).contains("id=\"guest-ask\"");
        var changed = guest.post(p.link() + "/words", "version", version, "text", "Our escalations halved since the reviews started.",
                "asked", "You are always brilliant.");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("Your change is saved.");

        var stale = guest.post(p.link() + "/words", "version", version, "text", "Something else entirely happened here.");
        assertThat(stale.status()).as("a change based on the words before is stale").isEqualTo(409);
        assertThat(stale.body()).contains("Our escalations halved since the reviews started.");

        var words = mentor.get("/api/v1/milestones/" + p.milestone() + "/celebration").json().get("stakeholderWords");
        assertThat(words.size()).isEqualTo(1);
        assertThat(words.get(0).get("words").asString()).isEqualTo("Our escalations halved since the reviews started.");
        assertThat(words.get(0).get("editedAt").isNull()).isFalse();
        assertThat(words.toString()).doesNotContain("Quokka");
        var page = PageClient.at(port).withBasic(t.world.mentee().email()).get("/milestones/" + p.milestone() + "/celebration");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Our escalations halved since the reviews started.").contains("edited ").doesNotContain("Quokka");
    }

    @Test
    void theGuestWithdrawsTheirWordsAndTheLinkTakesAnAnswerAgain() {
        var p = published();
        GuestPages guest = new GuestPages(port);
        guest.get(p.link());
        String version = version(guest.post(p.link(), "name", "Kai", "text", "Quokka escalations halved since the reviews."));

        var withdrawn = guest.post(p.link() + "/withdrawal", "version", version);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("Your words are withdrawn").contains("Add my words");
        assertThat(mentor.get("/api/v1/milestones/" + p.milestone() + "/celebration").json().get("stakeholderWords").size()).isZero();
        assertThat(PageClient.at(port).withBasic(t.world.mentor().email()).get("/milestones/" + p.milestone() + "/celebration").body())
                .doesNotContain("Quokka");
        assertThat(dsl.select(STAKEHOLDER_INVITATION.WORDS, STAKEHOLDER_INVITATION.AUTHOR_NAME).from(STAKEHOLDER_INVITATION)
                .where(STAKEHOLDER_INVITATION.WORDS.contains("Quokka")).fetch()).as("withdrawn words are deleted, not hidden").isEmpty();
        assertThat(guest.post(p.link() + "/withdrawal", "version", version).status()).as("nothing left to withdraw").isEqualTo(409);

        assertThat(guest.post(p.link(), "name", "Kai", "text", "Our escalations halved since the reviews started.").status()).isEqualTo(200);
        assertThat(mentor.get("/api/v1/milestones/" + p.milestone() + "/celebration").json().get("stakeholderWords").size()).isEqualTo(1);
    }

    @Test
    void afterTheLinkRanOutTheWordsStayAsTheyWereGiven() {
        var p = published();
        GuestPages guest = new GuestPages(port);
        guest.get(p.link());
        String version = version(guest.post(p.link(), "name", "Kai", "text", "Our escalations halved since the reviews started."));
        dsl.update(STAKEHOLDER_INVITATION).set(STAKEHOLDER_INVITATION.EXPIRES_AT, (OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)).toInstant())
                .where(STAKEHOLDER_INVITATION.WORDS.eq("Our escalations halved since the reviews started.")).execute();

        assertThat(guest.get(p.link()).body()).as("the page only thanks").contains("Thank you.").doesNotContain("Change my words");
        assertThat(guest.post(p.link() + "/words", "version", version, "text", "Something else entirely happened here.").status()).isEqualTo(409);
        assertThat(guest.post(p.link() + "/withdrawal", "version", version).status()).isEqualTo(409);
        assertThat(guest.post(p.link() + "/check", "box", "change", "text", "You are lazy").status()).isEqualTo(404);
        assertThat(mentor.get("/api/v1/milestones/" + p.milestone() + "/celebration").json().get("stakeholderWords").get(0).get("words")
                .asString()).isEqualTo("Our escalations halved since the reviews started.");
    }

    @Test
    void anUnknownLinkIsNotFoundAndOneLinkCannotChangeAnotherGuestsWords() {
        var p = published();
        GuestPages kai = new GuestPages(port);
        kai.get(p.link());
        String version = version(kai.post(p.link(), "name", "Kai", "text", "Our escalations halved since the reviews started."));

        GuestPages ana = new GuestPages(port);
        ana.get(p.otherLink());
        var tried = ana.post(p.otherLink() + "/words", "version", version, "text", "Kai changed nothing at all.");
        assertThat(tried.status()).as("Ana's link holds no words to change").isEqualTo(409);
        assertThat(ana.post(p.otherLink() + "/withdrawal", "version", version).status()).isEqualTo(409);
        String unknown = "/guest/celebrations/not-a-token";
        assertThat(ana.post(unknown + "/words", "version", version, "text", "Kai changed nothing at all.").status()).isEqualTo(404);
        assertThat(ana.post(unknown + "/withdrawal", "version", version).status()).isEqualTo(404);
        String wrong = p.link().substring(0, p.link().length() - 4) + (p.link().endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(ana.post(wrong + "/words", "version", version, "text", "Kai changed nothing at all.").status()).isEqualTo(404);
        assertThat(ana.post(wrong + "/withdrawal", "version", version).status()).isEqualTo(404);

        var words = mentor.get("/api/v1/milestones/" + p.milestone() + "/celebration").json().get("stakeholderWords");
        assertThat(words.size()).isEqualTo(1);
        assertThat(words.get(0).get("name").asString()).isEqualTo("Kai");
        assertThat(words.get(0).get("words").asString()).isEqualTo("Our escalations halved since the reviews started.");
        assertThat(words.get(0).path("editedAt").isMissingNode() || words.get(0).get("editedAt").isNull()).isTrue();
    }

    private Api.Response changeRecognition(PageClient pages, String milestone, String version, String text, String... more) {
        var page = pages.get("/celebrations");
        java.util.Map<String, String> form = new java.util.HashMap<>(java.util.Map.of("_csrf", PageClient.csrfToken(page.body()),
                "version", version, "text", text));
        for (int i = 0; i < more.length; i += 2) {
            form.put(more[i], more[i + 1]);
        }
        return pages.postForm("/milestones/" + milestone + "/celebration/recognition", form);
    }

    private static String version(Api.Response page) {
        Matcher m = Pattern.compile("id=\"recognition-change\"[\\s\\S]*?name=\"version\" value=\"(\\d+)\"").matcher(page.body());
        assertThat(m.find()).as("the page offers the change form").isTrue();
        return m.group(1);
    }

    @Test
    void whoPublishedTheCelebrationChangesTheRecognitionHeldOnceAndTheOtherSeesEditedNotTheOldWords() {
        var p = published();
        PageClient author = PageClient.at(port);
        author.signIn(t.world.mentee().email());
        var page = author.get("/milestones/" + p.milestone() + "/celebration");
        assertThat(page.body()).contains("Change the recognition");
        String version = version(page);

        var held = changeRecognition(author, p.milestone(), version, "You are always brilliant.");
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body()).contains("id=\"guest-ask\"").contains("Save it as it is, or edit it first?");
        assertThat(mentor.get("/api/v1/milestones/" + p.milestone() + "/celebration").json().get("recognition").asString())
                .contains("weekly ticket reviews");

        var saved = changeRecognition(author, p.milestone(), version, "In March you ran the ticket reviews; answers now come a day sooner.",
                "asked", "You are always brilliant.");
        assertThat(saved.status()).as(saved.body()).isIn(200, 302, 303);
        assertThat(changeRecognition(author, p.milestone(), version, "Another text about the reviews and what they changed.").status())
                .as("stale").isEqualTo(409);

        var seen = mentor.get("/api/v1/milestones/" + p.milestone() + "/celebration").json();
        assertThat(seen.get("recognition").asString()).isEqualTo("In March you ran the ticket reviews; answers now come a day sooner.");
        assertThat(seen.get("recognitionEditedAt").isNull()).isFalse();
        var otherPage = PageClient.at(port).withBasic(t.world.mentor().email()).get("/milestones/" + p.milestone() + "/celebration");
        assertThat(otherPage.body()).contains("id=\"recognition-edited\"").doesNotContain("weekly ticket reviews")
                .doesNotContain("Change the recognition");
    }

    @Test
    void theApiPatchFollowsThePagesRulesAuthorOnlyVersionCheckedUntilTheLinksRunOut() {
        var p = published();
        String path = "/api/v1/milestones/" + p.milestone() + "/celebration";
        String body = "{\"recognition\":\"In March you ran the ticket reviews; answers now come a day sooner.\"}";

        assertThat(mentor.patch(path, body).status()).as("the other member of the pair").isEqualTo(403);
        assertThat(Api.at(port).as(t.world.otherMentor().email()).patch(path, body).status()).as("outside the pair").isEqualTo(404);
        assertThat(Api.at(port).as(t.world.admin().email()).patch(path, body).status()).as("an admin").isEqualTo(404);
        assertThat(Api.at(port).patch(path, body).status()).isEqualTo(401);
        assertThat(mentee.with("If-Match", "\"7\"").patch(path, body).status()).as("stale").isEqualTo(412);
        var blank = mentee.patch(path, "{\"recognition\":\"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("recognition");
        assertThat(mentor.get(path).json().get("recognition").asString()).as("nothing changed").contains("weekly ticket reviews");

        var changed = mentee.with("If-Match", "\"0\"").patch(path, body);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(mentor.get(path).json().get("recognition").asString()).isEqualTo("In March you ran the ticket reviews; answers now come a day sooner.");
        assertThat(mentor.get(path).json().get("recognitionEditedAt").isNull()).isFalse();

        dsl.update(org.tandem.db.Tables.CELEBRATION).set(org.tandem.db.Tables.CELEBRATION.CREATED_AT,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(31).toInstant()).where(org.tandem.db.Tables.CELEBRATION.MILESTONE_ID.eq(java.util.UUID.fromString(p.milestone()))).execute();
        assertThat(mentee.patch(path, "{\"recognition\":\"Later words for the record\"}").status()).as("settled").isEqualTo(409);
    }

    @Test
    void theOtherMemberAndOutsidersCannotChangeTheRecognitionAndItSettlesWhenTheLinksRunOut() {
        var p = published();
        PageClient other = PageClient.at(port);
        other.signIn(t.world.mentor().email());
        assertThat(changeRecognition(other, p.milestone(), "0", "In March you ran the ticket reviews; answers now come a day sooner.").status())
                .as("the other member of the pair").isEqualTo(403);
        PageClient outsider = PageClient.at(port);
        outsider.signIn(t.world.otherMentor().email());
        assertThat(changeRecognition(outsider, p.milestone(), "0", "In March you ran the ticket reviews; answers now come a day sooner.").status())
                .as("outside the pair").isEqualTo(404);

        dsl.update(org.tandem.db.Tables.CELEBRATION).set(org.tandem.db.Tables.CELEBRATION.CREATED_AT,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(31).toInstant()).where(org.tandem.db.Tables.CELEBRATION.MILESTONE_ID.eq(java.util.UUID.fromString(p.milestone()))).execute();
        PageClient author = PageClient.at(port);
        author.signIn(t.world.mentee().email());
        assertThat(author.get("/milestones/" + p.milestone() + "/celebration").body()).doesNotContain("Change the recognition");
        assertThat(changeRecognition(author, p.milestone(), "0", "In March you ran the ticket reviews; answers now come a day sooner.").status())
                .as("settled").isEqualTo(409);
        assertThat(mentor.get("/api/v1/milestones/" + p.milestone() + "/celebration").json().get("recognition").asString())
                .contains("weekly ticket reviews");
    }

    @Test
    void aRecognitionWithFindingsIsHeldOnceBeforePublishingAndNothingIsBlocked() {
        String goal = MilestoneApiIntegrationTests.activeGoal(t);
        String milestone = MilestoneApiIntegrationTests.plan(mentee, goal, "Sixty and holding", "60");
        t.measure(goal, "63", 0);
        PageClient pages = PageClient.at(port);
        pages.signIn(t.world.mentee().email());
        String csrf = PageClient.csrfToken(pages.get("/milestones/" + milestone + "/celebration/new").body());

        var held = pages.postForm("/milestones/" + milestone + "/celebration",
                java.util.Map.of("_csrf", csrf, "text", "You are always brilliant.", "visibility", "PAIR"));
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body()).contains("id=\"guest-ask\"").contains("Publish it as it is, or edit it first?");
        assertThat(mentor.get("/api/v1/milestones/" + milestone + "/celebration").status()).as("nothing published while the page asks")
                .isEqualTo(404);

        var published = pages.postForm("/milestones/" + milestone + "/celebration",
                java.util.Map.of("_csrf", csrf, "text", "You are always brilliant.", "visibility", "PAIR", "confirm", "as-it-is"));
        assertThat(published.status()).isIn(200, 302, 303);
        assertThat(mentor.get("/api/v1/milestones/" + milestone + "/celebration").json().get("recognition").asString())
                .isEqualTo("You are always brilliant.");
    }
}
