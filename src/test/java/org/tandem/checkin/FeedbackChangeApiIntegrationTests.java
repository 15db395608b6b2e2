package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/**
 * Feedback its giver can fix: {@code PATCH} and {@code DELETE /api/v1/check-ins/{id}/feedback/{entryId}}, tried by
 * the giver and by everyone else — the receiver, the program's lead, an admin, the mentor of another pair — and
 * after the check-in is over.
 */
@IntegrationTest
@PostgresRelevant
class FeedbackChangeApiIntegrationTests {

    private static final String HARSH = "You are lazy and always late with the reviews.";
    private static final String FAIR = "In the Tuesday release review the summary came an hour after we started, so we decided without it. "
            + "Could you send it the evening before next time?";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api mentor;
    Api mentee;
    String checkIn;
    String entry;

    @BeforeEach
    void aRunningCheckInWithHarshFeedbackFromTheMentor() {
        world = World.create(context);
        mentor = api(world.mentor());
        mentee = api(world.mentee());
        checkIn = mentor.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", Instant.now().plus(2, ChronoUnit.HOURS))).json().get("id").asString();
        assertThat(mentor.post(at("/start"), "").status()).isEqualTo(200);
        var given = mentor.post(at("/feedback"), json("{'text':'%s'}", HARSH));
        assertThat(given.status()).as(given.toString()).isEqualTo(201);
        assertThat(rules(given.json())).contains("TRAIT_LANGUAGE");
        entry = given.json().get("id").asString();
    }

    @Test
    void theGiverRewritesTheirFeedbackAndGetsTheFindingsOfTheNewText() {
        var changed = mentor.patch(entryPath(), json("{'text':'%s'}", FAIR));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.json().get("text").asString()).isEqualTo(FAIR);
        assertThat(changed.json().get("version").asLong()).isEqualTo(2);
        assertThat(changed.json().get("editedAt").isNull()).isFalse();
        assertThat(rules(changed.json())).doesNotContain("TRAIT_LANGUAGE");
        assertThat(changed.json().get("history").get(0).get("text").asString()).isEqualTo(HARSH);
        JsonNode seenByGiver = mentor.get(at("")).json().get("feedback").get(0);
        assertThat(seenByGiver.get("text").asString()).isEqualTo(FAIR);
        assertThat(seenByGiver.get("history")).hasSize(1);
    }

    @Test
    void theGiverMayRewriteTheFeedbackIntoTheFourParts() {
        var changed = mentor.patch(entryPath(), json("{'situation':'In Tuesday release review','behaviour':'the summary came an hour late',"
                + "'impact':'we decided without it','nextStep':'send it the evening before next time','version':1}"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("behaviour").asString()).isEqualTo("the summary came an hour late");
        assertThat(changed.json().get("text").asString()).contains("the summary came an hour late");
    }

    @Test
    void theReceiverSeesTheNewTextButNeverTheOneItReplaced() {
        assertThat(mentor.patch(entryPath(), json("{'text':'%s'}", FAIR)).status()).isEqualTo(200);

        var seen = mentee.get(at(""));
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("feedback").get(0).get("text").asString()).isEqualTo(FAIR);
        assertThat(seen.json().get("feedback").get(0).get("history")).isEmpty();
        assertThat(seen.body()).doesNotContain("lazy");
        assertThat(mentee.get("/api/v1/people/" + world.mentee().id() + "/export").body()).contains(FAIR.substring(0, 30)).doesNotContain("lazy");
        for (Person outsider : List.of(world.lead(), world.admin(), world.otherMentor())) {
            assertThat(api(outsider).get(at("")).body()).as(outsider.displayName()).doesNotContain("lazy").doesNotContain("Tuesday");
        }
    }

    @Test
    void theReceiverMayNeitherRewriteNorWithdrawFeedbackTheyWereGiven() {
        var edit = mentee.patch(entryPath(), json("{'text':'%s'}", FAIR));
        var withdraw = mentee.delete(entryPath());

        assertThat(edit.status()).as(edit.toString()).isEqualTo(403);
        assertThat(withdraw.status()).as(withdraw.toString()).isEqualTo(403);
        assertUnchanged();
    }

    @Test
    void noOneOutsideThePairLearnsTheFeedbackExistsLetAloneChangesIt() {
        for (Person outsider : List.of(world.lead(), world.admin(), world.otherMentor())) {
            Api api = api(outsider);
            var edit = api.patch(entryPath(), json("{'text':'%s'}", FAIR));
            var withdraw = api.delete(entryPath());

            assertThat(edit.status()).as(outsider.displayName() + " " + edit).isEqualTo(404);
            assertThat(withdraw.status()).as(outsider.displayName() + " " + withdraw).isEqualTo(404);
            assertThat(edit.body()).doesNotContain("lazy");
        }
        assertUnchanged();
    }

    @Test
    void aCompletedCheckInKeepsItsFeedbackAsItWasGiven() {
        assertThat(mentor.post(at("/complete"), "").status()).isEqualTo(200);

        var edit = mentor.patch(entryPath(), json("{'text':'%s'}", FAIR));
        var withdraw = mentor.delete(entryPath());

        assertThat(edit.status()).as(edit.toString()).isEqualTo(409);
        assertThat(withdraw.status()).as(withdraw.toString()).isEqualTo(409);
        assertUnchanged();
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefusedNotOverwritten() {
        assertThat(mentor.patch(entryPath(), json("{'text':'%s'}", FAIR)).status()).isEqualTo(200);

        var staleHeader = mentor.with("If-Match", "\"1\"").patch(entryPath(), json("{'text':'Something else entirely, written elsewhere.'}"));
        var staleBody = mentor.patch(entryPath(), json("{'text':'Something else entirely, written elsewhere.','version':1}"));
        var staleWithdrawal = mentor.with("If-Match", "\"1\"").delete(entryPath());

        assertThat(staleHeader.status()).as(staleHeader.toString()).isEqualTo(412);
        assertThat(staleHeader.header("ETag")).isEqualTo("\"2\"");
        assertThat(staleBody.status()).as(staleBody.toString()).isEqualTo(409);
        assertThat(staleWithdrawal.status()).as(staleWithdrawal.toString()).isEqualTo(412);
        assertThat(mentor.get(at("")).json().get("feedback").get(0).get("text").asString()).isEqualTo(FAIR);
    }

    @Test
    void anEmptyRewriteNamesTheFieldAndChangesNothing() {
        var blank = mentor.patch(entryPath(), json("{'text':'   '}"));
        var both = mentor.patch(entryPath(), json("{'text':'%s','situation':'In review','behaviour':'x','impact':'y'}", FAIR));

        assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(both.status()).as(both.toString()).isEqualTo(400);
        assertUnchanged();
    }

    @Test
    void withdrawnFeedbackIsGoneFromTheCheckInItsSummaryAndTheExports() {
        assertThat(mentor.patch(entryPath(), json("{'text':'You are lazy and often late with the reviews.'}")).status()).isEqualTo(200);
        assertThat(mentee.post(at("/feedback"), json("{'text':'%s'}", FAIR)).status()).isEqualTo(201);

        var withdrawn = mentor.delete(entryPath());

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);
        assertThat(mentor.delete(entryPath()).status()).as("already gone").isEqualTo(404);
        assertThat(mentor.get(at("")).json().get("feedback")).hasSize(1);
        assertThat(mentor.post(at("/complete"), "").status()).isEqualTo(200);
        for (Person member : List.of(world.mentor(), world.mentee())) {
            Api api = api(member);
            var summary = api.get(at("/summary"));
            assertThat(summary.status()).isEqualTo(200);
            assertThat(summary.json().get("markdown").asString()).contains("## Feedback").contains("evening before").doesNotContain("lazy");
            assertThat(markdown(member, at("/summary")).body()).contains("evening before").doesNotContain("lazy");
            assertThat(api.get(at("")).body()).doesNotContain("lazy");
            assertThat(api.get("/api/v1/people/" + member.id() + "/export").body()).doesNotContain("lazy");
        }
    }

    private void assertUnchanged() {
        JsonNode stored = mentor.get(at("")).json().get("feedback").get(0);
        assertThat(stored.get("text").asString()).isEqualTo(HARSH);
        assertThat(stored.get("version").asLong()).isEqualTo(1);
        assertThat(stored.get("history")).isEmpty();
    }

    private static List<String> rules(JsonNode feedback) {
        List<String> rules = new ArrayList<>();
        feedback.get("findings").forEach(f -> rules.add(f.get("rule").asString()));
        return rules;
    }

    private String at(String suffix) {
        return "/api/v1/check-ins/" + checkIn + suffix;
    }

    private String entryPath() {
        return at("/feedback/" + entry);
    }

    private Api api(Person person) {
        return Api.at(port).withTokenOf(person.email());
    }

    /** The summary as Markdown, asked for by itself (the test client asks for JSON otherwise). */
    private Api.Response markdown(Person person, String path) {
        return Api.at(port).as(person.email()).with("Accept", "text/markdown").get(path);
    }
}
