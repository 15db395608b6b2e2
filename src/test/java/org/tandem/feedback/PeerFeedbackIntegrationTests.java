package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.PEER_FEEDBACK_REQUEST;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tandem.mentorship.Mentorship;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

@IntegrationTest
@PostgresRelevant
@RecordApplicationEvents
class PeerFeedbackIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PeerFeedbackRequests requests;

    @Autowired
    PeerFeedbackRepository repository;

    @Autowired
    ApplicationEvents events;

    @Autowired
    DSLContext dsl;

    World world;
    Api api;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        api = Api.at(port);
    }

    private static String requests(Mentorship mentorship) {
        return "/api/v1/mentorships/" + mentorship.id() + "/peer-feedback-requests";
    }

    private static String newRequest(String email, String about, LocalDate dueOn) {
        return "{\"email\":\"" + email + "\",\"about\":\"" + about + "\",\"dueOn\":\"" + dueOn + "\"}";
    }

    private Api.Response ask(Person who) {
        return api.as(who.email()).post(requests(world.mentorship()),
                newRequest("kai@elsewhere.example", "The incident review you ran with Manu last Thursday", LocalDate.now().plusDays(7)));
    }

    /** The path of the guest link, as the inviter got it. */
    private String linkPath(Api.Response created) {
        return URI.create(created.json().get("link").asString()).getPath();
    }

    private String tokenOf(Api.Response created) {
        String path = linkPath(created);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Test
    void thePairAsksATeammateAndGetsTheLinkOnce() {
        var created = ask(world.mentor());

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith(requests(world.mentorship()) + "/" + id);
        assertThat(created.json().get("email").asString()).isEqualTo("kai@elsewhere.example");
        assertThat(created.json().get("about").asString()).contains("incident review");
        assertThat(created.json().get("dueOn").asString()).isEqualTo(LocalDate.now().plusDays(7).toString());
        assertThat(created.json().get("status").asString()).isEqualTo("OPEN");
        // made during the request, so it starts with the address the request came to (tandem.base-url is unset here)
        assertThat(created.json().get("link").asString()).startsWith("http://localhost:" + port + "/guest/feedback/gst_");

        var list = api.as(world.mentee().email()).get(requests(world.mentorship()));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(list.json().get("items").get(0).get("invitedBy").get("displayName").asString()).isEqualTo(world.mentor().displayName());
        assertThat(list.body()).doesNotContain(tokenOf(created)).doesNotContain("\"link\"");
        assertThat(api.as(world.mentor().email()).get(created.header("Location").replaceFirst("^https?://[^/]+", "")).status())
                .isEqualTo(200);
    }

    @Test
    void theMenteeMayAskToo() {
        assertThat(ask(world.mentee()).status()).isEqualTo(201);
    }

    @Test
    void nobodyOutsideThePairSeesOrTouchesTheRequests() {
        String id = ask(world.mentor()).json().get("id").asString();
        World other = World.create(context);

        for (Person outsider : new Person[] {world.otherMentor(), world.idleLead(), world.lead(), world.admin(), other.mentor(), other.admin()}) {
            var caller = api.as(outsider.email());
            assertThat(caller.post(requests(world.mentorship()), newRequest("kai@elsewhere.example", "The demo", LocalDate.now()))
                    .status()).as(outsider.displayName() + " creates").isEqualTo(404);
            assertThat(caller.get(requests(world.mentorship())).status()).as(outsider.displayName() + " lists").isEqualTo(404);
            assertThat(caller.get(requests(world.mentorship()) + "/" + id).status()).as(outsider.displayName() + " reads").isEqualTo(404);
            assertThat(caller.post(requests(world.mentorship()) + "/" + id + "/revocation", "").status())
                    .as(outsider.displayName() + " revokes").isEqualTo(404);
        }
        assertThat(api.as(world.mentor().email()).get(requests(world.mentorship())).json().get("items").get(0).get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void aRequestOfOnePairIsNotFoundUnderAnother() {
        String id = ask(world.mentor()).json().get("id").asString();

        assertThat(api.as(world.otherMentor().email()).get(requests(world.otherMentorship()) + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndCreatesNothing() {
        var response = api.as(world.mentor().email()).post(requests(world.mentorship()),
                newRequest("not-an-address", "", LocalDate.now().minusDays(1)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("email", "about", "dueOn");
        assertThat(api.as(world.mentor().email()).post(requests(world.mentorship()), "{}").json().get("errors").size()).isEqualTo(3);
        assertThat(api.as(world.mentor().email()).get(requests(world.mentorship())).json().get("items").size()).isZero();
    }

    @Test
    void theGuestLinkShowsOnlyTheInvitationAndTakesOneAnswer() {
        var created = ask(world.mentor());
        var guest = new GuestClient(port);

        var page = guest.get(linkPath(created));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Feedback for Manu", "The incident review you ran with Manu last Thursday", "<textarea")
                .doesNotContain(world.mentee().displayName(), world.mentor().displayName(), world.program().name(),
                        world.mentee().email(), "kai@elsewhere.example");
        assertThat(page.body()).doesNotContainPattern("<a [^>]*href=\"/");

        var answered = guest.post(linkPath(created), "text", "In Thursday's incident review, Manu kept the timeline on screen and "
                + "asked each responder for one fact, which got us to the root cause in twenty minutes. Could Manu run the next one too?");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).contains("Thank you", "What you sent", "Change my feedback", "Withdraw my feedback");

        var again = guest.get(linkPath(created));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Thank you", "Manu kept the timeline on screen").doesNotContain("incident review you ran");

        var secondAnswer = guest.post(linkPath(created), "text", "Something else entirely.");
        assertThat(secondAnswer.status()).isEqualTo(409);
        assertThat(secondAnswer.body()).contains("already sent");

        var list = api.as(world.mentee().email()).get(requests(world.mentorship())).json().get("items");
        assertThat(list.get(0).get("status").asString()).isEqualTo("ANSWERED");
        assertThat(list.get(0).get("answer").get("text").asString()).startsWith("In Thursday's incident review");
        assertThat(list.get(0).get("answer").get("findings").isArray()).isTrue();
        assertThat(list.toString()).doesNotContain("Something else entirely");
    }

    @Test
    void theAnswerCarriesItsFindingsButIsNeverRefusedForThem() {
        var created = ask(world.mentee());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));

        var held = guest.post(linkPath(created), "text", "He is always late and lazy.");
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body()).contains("Not sent yet", "Send it as it is, or edit it first?", "He is always late and lazy.");
        assertThat(status()).isEqualTo("OPEN");

        assertThat(guest.post(linkPath(created), "text", "He is always late and lazy.", "confirm", "as-it-is").status()).isEqualTo(200);

        var answer = api.as(world.mentor().email()).get(requests(world.mentorship())).json().get("items").get(0).get("answer");
        assertThat(answer.get("findings").findValuesAsString("rule")).contains("TRAIT_LANGUAGE", "ABSOLUTE");
    }

    private String status() {
        return api.as(world.mentor().email()).get(requests(world.mentorship())).json().get("items").get(0).get("status").asString();
    }

    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    /** The version the guest's page carries with its change and withdraw forms. */
    private static String versionOn(GuestClient.Page page) {
        var m = VERSION.matcher(page.body());
        assertThat(m.find()).as("a version on the page").isTrue();
        return m.group(1);
    }

    private int answersStored() {
        return dsl.fetchCount(org.tandem.db.Tables.PEER_FEEDBACK, org.tandem.db.Tables.PEER_FEEDBACK.ORGANIZATION_ID.eq(world.organization().id().value()));
    }

    private static final String GOOD = "In Thursday's incident review, Manu kept the timeline on screen and asked each responder "
            + "for one fact. Could Manu run the next one too?";

    @Test
    void aGuestTextWithFindingsIsHeldOnceAndTheSameTextSentAgainGoesThrough() {
        var created = ask(world.mentor());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));

        var held = guest.post(linkPath(created), "text", "You are lazy and always late.");
        assertThat(held.body()).contains("Send as it is", "Send my edited feedback", "name=\"asked\"");
        assertThat(status()).isEqualTo("OPEN");

        var sent = guest.post(linkPath(created), "text", "You are lazy and always late.", "asked", "You are lazy and always late.");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("Thank you");
        assertThat(status()).isEqualTo("ANSWERED");
    }

    @Test
    void aCleanGuestTextIsSentAtOnce() {
        var created = ask(world.mentor());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));

        assertThat(guest.post(linkPath(created), "text", GOOD).body()).contains("Thank you").doesNotContain("Not sent yet");
        assertThat(status()).isEqualTo("ANSWERED");
    }

    @Test
    void theGuestChangesTheirAnswerAndThePairSeesTheNewWordsAndThatTheyWereEditedButNotTheOldOnes() {
        var created = ask(world.mentor());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));
        var answered = guest.post(linkPath(created), "text", "You are lazy and always late.", "confirm", "as-it-is");
        String change = linkPath(created) + "/answer";

        var held = guest.post(change, "text", "He is rude.", "version", versionOn(answered));
        assertThat(held.body()).contains("Not sent yet", "Send it as it is, or edit it first?");
        var changed = guest.post(change, "text", GOOD, "version", versionOn(answered));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).contains("Your change is saved", "Manu kept the timeline on screen");

        var answer = api.as(world.mentee().email()).get(requests(world.mentorship())).json().get("items").get(0).get("answer");
        assertThat(answer.get("text").asString()).isEqualTo(GOOD);
        assertThat(answer.get("editedAt").isNull()).isFalse();
        assertThat(answer.get("findings").isEmpty()).isTrue();
        assertThat(dsl.fetch("select answer from peer_feedback where organization_id = ?", world.organization().id().value()).formatCSV())
                .doesNotContain("lazy");

        // a change based on the page from before the last change is stale: 409, nothing changes
        var stale = guest.post(change, "text", "Something else entirely.", "version", versionOn(answered));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("in another window meanwhile", "Manu kept the timeline on screen");
        assertThat(api.as(world.mentee().email()).get(requests(world.mentorship())).json().toString()).doesNotContain("Something else entirely");

        var empty = guest.post(change, "text", " ", "version", versionOn(changed));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("write your feedback");
    }

    @Test
    void theGuestWithdrawsTheirAnswerItIsDeletedAndTheLinkTakesANewOne() {
        var created = ask(world.mentee());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));
        var answered = guest.post(linkPath(created), "text", GOOD);

        var withdrawn = guest.post(linkPath(created) + "/withdrawal", "version", versionOn(answered));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("Your feedback is withdrawn", "<textarea").doesNotContain("Manu kept the timeline");
        var item = api.as(world.mentor().email()).get(requests(world.mentorship())).json().get("items").get(0);
        assertThat(item.get("status").asString()).isEqualTo("OPEN");
        assertThat(item.get("answer") == null || item.get("answer").isNull()).isTrue();
        assertThat(answersStored()).isZero();

        assertThat(guest.post(linkPath(created) + "/withdrawal", "version", versionOn(answered)).status()).isEqualTo(409);
        assertThat(guest.post(linkPath(created), "text", GOOD).body()).contains("Thank you");
        assertThat(status()).isEqualTo("ANSWERED");
    }

    @Test
    void afterTheLinkRunsOutTheAnswerStaysAsItWasGiven() {
        var token = GuestToken.issue(world.organization().id());
        Instant past = Instant.now().minus(3, ChronoUnit.DAYS);
        var request = new PeerFeedbackRequest(new PeerFeedbackRequestId(UUID.randomUUID()), world.organization().id(),
                world.mentorship().id(), world.mentor().id(), "kai@elsewhere.example", "Last week's demo",
                LocalDate.ofInstant(past, ZoneOffset.UTC).minusDays(2), token.hash(), past, PeerFeedbackStatus.ANSWERED,
                past.minus(5, ChronoUnit.DAYS), past.minus(1, ChronoUnit.DAYS), null, 1);
        repository.insert(request);
        repository.insertAnswer(request, UUID.randomUUID(), GOOD, past.minus(1, ChronoUnit.DAYS));
        String page = GuestFeedbackController.path(token.token());

        var guest = new GuestClient(port);
        var shown = guest.get(page);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Thank you").doesNotContain("Change my feedback", "Withdraw my feedback", "<textarea", "timeline");
        assertThat(guest.post(page + "/answer", "text", "Changed.", "version", "1").status()).isEqualTo(409);
        assertThat(guest.post(page + "/withdrawal", "version", "1").status()).isEqualTo(409);
        assertThat(answersStored()).isOne();
    }

    @Test
    void anUnknownLinkChangesAndWithdrawsNothing() {
        var created = ask(world.mentor());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));
        guest.post(linkPath(created), "text", GOOD);
        String unknown = GuestFeedbackController.path(GuestToken.issue(world.organization().id()).token());

        assertThat(guest.post(unknown + "/answer", "text", "Changed.", "version", "1").status()).isEqualTo(404);
        assertThat(guest.post(unknown + "/withdrawal", "version", "1").status()).isEqualTo(404);
        assertThat(guest.post("/guest/feedback/not-a-token/withdrawal", "version", "1").status()).isEqualTo(404);
        assertThat(status()).isEqualTo("ANSWERED");
    }

    @Test
    void theStructuredStepsAreAnAnswerToo() {
        var created = ask(world.mentor());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));

        assertThat(guest.post(linkPath(created), "text", "", "situation", "In the review", "behaviour", "Manu kept the timeline",
                "impact", "we found the cause fast", "nextStep", "could Manu run the next one?").status()).isEqualTo(200);

        var answer = api.as(world.mentor().email()).get(requests(world.mentorship())).json().get("items").get(0).get("answer");
        assertThat(answer.get("text").asString()).isEqualTo("In the review, Manu kept the timeline. We found the cause fast. Could Manu run the next one?");
    }

    @Test
    void anEmptyAnswerIsRefusedAndTheLinkStaysOpen() {
        var created = ask(world.mentor());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));

        var refused = guest.post(linkPath(created), "text", "   ");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("write your feedback", "<textarea");
        assertThat(guest.post(linkPath(created), "text", "x".repeat(5001)).status()).isEqualTo(400);
        assertThat(api.as(world.mentor().email()).get(requests(world.mentorship())).json().get("items").get(0).get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void anExpiredLinkIsNotFoundLikeAnUnknownOne() {
        var token = GuestToken.issue(world.organization().id());
        Instant past = Instant.now().minus(3, ChronoUnit.DAYS);
        var expired = new PeerFeedbackRequest(new PeerFeedbackRequestId(UUID.randomUUID()), world.organization().id(),
                world.mentorship().id(), world.mentor().id(), "kai@elsewhere.example", "Last week's demo",
                LocalDate.ofInstant(past, ZoneOffset.UTC).minusDays(2), token.hash(), past, PeerFeedbackStatus.OPEN, past.minus(5, ChronoUnit.DAYS),
                null, null, 0);
        repository.insert(expired);

        var guest = new GuestClient(port);
        var page = guest.get(GuestFeedbackController.path(token.token()));
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("This link is not available").doesNotContain("Last week's demo", "Manu");
        assertThat(guest.post(GuestFeedbackController.path(token.token()), "text", "Late, but here it is.").status()).isEqualTo(404);
        var unknown = guest.get(GuestFeedbackController.path(GuestToken.issue(world.organization().id()).token()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo(page.body().replace(GuestClient.csrfIn(page.body()), GuestClient.csrfIn(unknown.body())));
        assertThat(guest.get("/guest/feedback/not-a-token").status()).isEqualTo(404);
        assertThat(api.as(world.mentor().email()).get(requests(world.mentorship())).json().get("items").get(0).get("status").asString())
                .isEqualTo("EXPIRED");
    }

    @Test
    void aRevokedLinkIsNotFoundAndCannotBeRevokedTwice() {
        var created = ask(world.mentor());
        String revocation = requests(world.mentorship()) + "/" + created.json().get("id").asString() + "/revocation";

        var revoked = api.as(world.mentee().email()).post(revocation, "");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(new GuestClient(port).get(linkPath(created)).status()).isEqualTo(404);
        assertThat(api.as(world.mentor().email()).post(revocation, "").status()).isEqualTo(409);
    }

    @Test
    void theTokenOpensNothingButItsOwnPage() {
        var created = ask(world.mentor());
        String token = tokenOf(created);
        var guest = new GuestClient(port);
        guest.get(linkPath(created));

        assertThat(api.bearer(token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.bearer(token).get(requests(world.mentorship())).status()).isEqualTo(401);
        assertThat(api.bearer(token).post("/api/v1/feedback/check", "{\"text\":\"hi\"}").status()).isEqualTo(401);
        var climbing = guest.get(linkPath(created) + "/../../../mentorships/" + world.mentorship().id());
        assertThat(climbing.status()).isNotEqualTo(200);
        assertThat(climbing.body()).doesNotContain(world.mentee().displayName());
        var withGuestSession = guest.get("/mentorships/" + world.mentorship().id());
        assertThat(withGuestSession.status()).isEqualTo(302);
        assertThat(withGuestSession.location()).endsWith("/login");
        assertThat(guest.get("/feedback").status()).isEqualTo(302);
        assertThat(guest.get("/guest/feedback/" + token + "x").status()).isEqualTo(404);
    }

    @Test
    void theLiveCheckOnAGuestPageWorksOnlyWhileTheLinkIsOpen() {
        var created = ask(world.mentor());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));

        var open = guest.post(linkPath(created) + "/check", "text", "You are always late and lazy.", "box", "answer");
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.body()).contains("finding--ABSOLUTE", "Describes the person").doesNotContain("<html");

        guest.post(linkPath(created), "text", "Thanks for the crisp runbook you wrote for Friday's failover; keep doing that.");
        assertThat(guest.post(linkPath(created) + "/check", "text", "anything").status()).isEqualTo(404);
    }

    @Test
    void theAnswerIsForThePairOnly() {
        var created = ask(world.mentor());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));
        guest.post(linkPath(created), "text", "On Friday Manu paired with me on the flaky test and wrote down each hypothesis; keep that habit.");

        assertThat(api.as(world.mentee().email()).get(requests(world.mentorship())).body()).contains("flaky test");
        assertThat(api.as(world.lead().email()).get(requests(world.mentorship())).status()).isEqualTo(404);
        assertThat(api.as(world.admin().email()).get(requests(world.mentorship())).status()).isEqualTo(404);
        var leadsPage = api.as(world.lead().email()).with("Accept", "text/html").get("/mentorships/" + world.mentorship().id() + "/peer-feedback");
        assertThat(leadsPage.status()).isEqualTo(404);
        assertThat(leadsPage.body()).doesNotContain("flaky test");
    }

    @Test
    void thePairsPageListsRequestsWithAnswersAndTheMentorshipPageLinksToItForThePairOnly() {
        var created = ask(world.mentor());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));
        guest.post(linkPath(created), "text", "You are always late and lazy.", "confirm", "as-it-is");

        var page = api.as(world.mentee().email()).get("/mentorships/" + world.mentorship().id() + "/peer-feedback");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Peer feedback", "The incident review you ran with Manu", "Answered", "finding--ABSOLUTE",
                "Describes the person", "Ask a teammate").doesNotContain(tokenOf(created));

        String peerLink = "href=\"/mentorships/" + world.mentorship().id() + "/peer-feedback\"";
        assertThat(api.as(world.mentor().email()).get("/mentorships/" + world.mentorship().id()).body()).contains(peerLink);
        assertThat(api.as(world.lead().email()).get("/mentorships/" + world.mentorship().id()).body()).doesNotContain(peerLink);
    }

    @Test
    void askingPublishesTheInvitationForTheOutboxWithTheSameLink() {
        var created = requests.create(World.actor(world.mentee()), world.mentorship().id(), "kai@elsewhere.example",
                "Your read of my design doc for the search index", LocalDate.now().plusDays(3));

        assertThat(events.stream(PeerFeedbackRequested.class)).singleElement().satisfies(event -> {
            assertThat(event.organizationId()).isEqualTo(world.organization().id());
            assertThat(event.mentorshipId()).isEqualTo(world.mentorship().id());
            assertThat(event.requestId().value()).isEqualTo(created.request().id());
            assertThat(event.email()).isEqualTo("kai@elsewhere.example");
            assertThat(event.about()).isEqualTo("Your read of my design doc for the search index");
            assertThat(event.dueOn()).isEqualTo(LocalDate.now().plusDays(3));
            assertThat(event.link()).isEqualTo(created.link());
            assertThat(event.occurredAt()).isNotNull();
        });
    }

    @Test
    void theMenteesOwnDataExportHoldsThePeerFeedbackAnAdminsExportDoesNotAndErasingThemRemovesIt() {
        var created = ask(world.mentor());
        var guest = new GuestClient(port);
        guest.get(linkPath(created));
        guest.post(linkPath(created), "text", "On Friday Manu wrote down each hypothesis while we chased the flaky test; keep that habit.");

        var export = api.as(world.mentee().email()).get("/api/v1/people/" + world.mentee().id() + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("peerFeedbackRequests").toString()).contains("kai@elsewhere.example");
        assertThat(export.json().get("peerFeedback").toString()).contains("flaky test");
        assertThat(api.as(world.admin().email()).get("/api/v1/people/" + world.mentee().id() + "/export").body())
                .as("the pair's words are not the admin's").doesNotContain("flaky test");

        assertThat(api.as(world.admin().email()).post("/api/v1/people/" + world.mentee().id() + "/erasure", "").status()).isLessThan(300);
        assertThat(repository.ofMentorship(world.organization().id(), world.mentorship().id(),
                org.tandem.shared.PageRequest.first(10))).isEmpty();
        assertThat(new GuestClient(port).get(linkPath(created)).status()).isEqualTo(404);
    }

    // ---- the daily limit

    @Test
    void theEleventhInvitationOfADayIsRefusedWith429AndTheSecondsUntilASlotFrees() {
        for (int i = 0; i < InvitationLimit.PER_DAY; i++) {
            assertThat(ask(i % 2 == 0 ? world.mentor() : world.mentee()).status()).as("invitation " + (i + 1)).isEqualTo(201);
        }

        var eleventh = ask(world.mentee());

        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.header("Content-Type")).startsWith("application/problem+json");
        assertThat(eleventh.json().get("status").asInt()).isEqualTo(429);
        assertThat(eleventh.json().get("detail").asString()).contains("10 peer-feedback invitations in the last 24 hours");
        assertThat(Long.parseLong(eleventh.header("Retry-After"))).isBetween(86_000L, 86_400L);
        assertThat(api.as(world.mentor().email()).get(requests(world.mentorship())).json().get("items")).hasSize(InvitationLimit.PER_DAY);
        assertThat(api.as(world.otherMentor().email()).post(requests(world.otherMentorship()),
                newRequest("kai@elsewhere.example", "The design review of the billing flow", LocalDate.now().plusDays(7))).status())
                .as("another pair has its own ten").isEqualTo(201);
    }

    @Test
    void invitationsOlderThanADayNoLongerCountAndRetryAfterNamesWhenTheOldestOfTheDayLeaves() {
        Instant now = Instant.now();
        for (int i = 0; i < InvitationLimit.PER_DAY; i++) {
            storedInvitation(now.minus(25, ChronoUnit.HOURS));
        }
        assertThat(ask(world.mentee()).status()).as("yesterday's invitations are spent").isEqualTo(201);
        for (int i = 0; i < InvitationLimit.PER_DAY - 1; i++) {
            storedInvitation(now.minus(23, ChronoUnit.HOURS).minus(55, ChronoUnit.MINUTES));
        }

        var refused = ask(world.mentor());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).as("about five minutes").isBetween(200L, 300L);
    }

    @Test
    void thePeerFeedbackPageSaysPlainlyWhenTheDaysInvitationsAreUsedUp() {
        for (int i = 0; i < InvitationLimit.PER_DAY; i++) {
            ask(world.mentee());
        }
        var pages = org.tandem.support.PageClient.at(port);
        pages.signIn(world.mentee().email());
        String page = "/mentorships/" + world.mentorship().id() + "/peer-feedback";
        String csrf = org.tandem.support.PageClient.csrfToken(pages.get(page).body());

        var refused = pages.postForm(page, java.util.Map.of("_csrf", csrf, "email", "kai@elsewhere.example",
                "about", "The incident review on Thursday", "dueOn", LocalDate.now().plusDays(7).toString()));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("10 peer-feedback invitations in the last 24 hours").contains("The next one can go in about");
        assertThat(refused.header("Retry-After")).isNotBlank();
    }

    private void storedInvitation(Instant createdAt) {
        var at = createdAt.atOffset(ZoneOffset.UTC);
        dsl.insertInto(PEER_FEEDBACK_REQUEST)
                .set(PEER_FEEDBACK_REQUEST.ID, UUID.randomUUID())
                .set(PEER_FEEDBACK_REQUEST.ORGANIZATION_ID, world.organization().id().value())
                .set(PEER_FEEDBACK_REQUEST.MENTORSHIP_ID, world.mentorship().id().value())
                .set(PEER_FEEDBACK_REQUEST.INVITED_BY, world.mentee().id().value())
                .set(PEER_FEEDBACK_REQUEST.EMAIL, "earlier@elsewhere.example")
                .set(PEER_FEEDBACK_REQUEST.ABOUT, "An earlier request")
                .set(PEER_FEEDBACK_REQUEST.DUE_ON, LocalDate.now().plusDays(3))
                .set(PEER_FEEDBACK_REQUEST.TOKEN_HASH, UUID.randomUUID().toString().replace("-", ""))
                .set(PEER_FEEDBACK_REQUEST.EXPIRES_AT, at.plusDays(5).toInstant())
                .set(PEER_FEEDBACK_REQUEST.STATUS, "OPEN")
                .set(PEER_FEEDBACK_REQUEST.CREATED_AT, at.toInstant())
                .set(PEER_FEEDBACK_REQUEST.VERSION, 0L)
                .execute();
    }
}
