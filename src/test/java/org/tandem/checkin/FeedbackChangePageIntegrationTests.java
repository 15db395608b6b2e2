package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/** The check-in page's feedback without JavaScript: the "send as it is, or edit?" step, and the giver's Edit and Withdraw. */
@IntegrationTest
class FeedbackChangePageIntegrationTests {

    private static final String LABEL = "You are lazy and always late with the reviews.";
    private static final String FAIR = "In the Tuesday review the summary came an hour late, so we decided without it. "
            + "Could you send it the evening before next time?";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api mentorApi;
    String checkIn;

    @BeforeEach
    void aRunningCheckIn() {
        world = World.create(context);
        mentorApi = Api.at(port).withTokenOf(world.mentor().email());
        checkIn = mentorApi.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", Instant.now().plus(2, ChronoUnit.HOURS))).json().get("id").asString();
        assertThat(mentorApi.post("/api/v1/check-ins/" + checkIn + "/start", "").status()).isEqualTo(200);
    }

    @Test
    void aTextWithFindingsIsHeldOnceWithTheQuestionAndSavedWhenSentAsItIs() {
        PageClient mentor = pages(world.mentor());
        String csrf = PageClient.csrfToken(mentor.get(page()).body());

        var asked = mentor.postForm(at("/feedback"), Map.of("_csrf", csrf, "text", LABEL));

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("Send it as it is, or edit it first?", "Send as it is", "name=\"asked\"", "lazy and always late");
        assertThat(feedback()).as("nothing saved yet").isEmpty();
        var sent = mentor.postForm(at("/feedback"), Map.of("_csrf", csrf, "text", LABEL, "confirm", "as-it-is"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(feedback()).hasSize(1);
        assertThat(feedback().get(0).get("text").asString()).isEqualTo(LABEL);
    }

    @Test
    void theSameTextIsNotAskedAboutTwiceAndACleanTextIsNotAskedAboutAtAll() {
        PageClient mentor = pages(world.mentor());
        String csrf = PageClient.csrfToken(mentor.get(page()).body());

        assertThat(mentor.postForm(at("/feedback"), Map.of("_csrf", csrf, "text", LABEL, "asked", LABEL)).status()).isEqualTo(302);
        assertThat(mentor.postForm(at("/feedback"), Map.of("_csrf", csrf, "text", FAIR)).status()).isEqualTo(302);
        assertThat(feedback()).hasSize(2);
    }

    @Test
    void theGiverEditsAndWithdrawsFromThePageAndOnlyTheySeeTheEarlierText() {
        String entry = mentorApi.post("/api/v1/check-ins/" + checkIn + "/feedback", json("{'text':'%s'}", LABEL)).json().get("id").asString();
        PageClient mentor = pages(world.mentor());
        String csrf = PageClient.csrfToken(mentor.get(page()).body());

        var edited = mentor.postForm(at("/feedback/" + entry), Map.of("_csrf", csrf, "text", FAIR, "version", "1"));

        assertThat(edited.status()).isEqualTo(302);
        assertThat(mentor.get(page()).body()).contains("Earlier versions (1)", LABEL, "Withdraw");
        String seenByReceiver = pages(world.mentee()).get(page()).body();
        assertThat(seenByReceiver).contains("evening before").doesNotContain("lazy").doesNotContain("Earlier versions")
                .doesNotContain("/feedback/" + entry + "/withdraw");
        var stale = mentor.postForm(at("/feedback/" + entry + "/withdraw"), Map.of("_csrf", csrf, "version", "1"));
        assertThat(stale.status()).isEqualTo(409);
        var withdrawn = mentor.postForm(at("/feedback/" + entry + "/withdraw"), Map.of("_csrf", csrf, "version", "2"));
        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(feedback()).isEmpty();
    }

    @Test
    void theReceiverCanNeitherEditNorWithdrawFromThePage() {
        String entry = mentorApi.post("/api/v1/check-ins/" + checkIn + "/feedback", json("{'text':'%s'}", LABEL)).json().get("id").asString();
        PageClient mentee = pages(world.mentee());
        String csrf = PageClient.csrfToken(mentee.get(page()).body());

        var edit = mentee.postForm(at("/feedback/" + entry), Map.of("_csrf", csrf, "text", FAIR, "version", "1"));
        var withdraw = mentee.postForm(at("/feedback/" + entry + "/withdraw"), Map.of("_csrf", csrf, "version", "1"));

        assertThat(edit.status()).isEqualTo(403);
        assertThat(withdraw.status()).isEqualTo(403);
        assertThat(feedback()).hasSize(1);
        assertThat(feedback().get(0).get("text").asString()).isEqualTo(LABEL);
    }

    @Test
    void aCompletedCheckInRefusesNewFeedbackWithoutAskingAboutIt() {
        assertThat(mentorApi.post("/api/v1/check-ins/" + checkIn + "/complete", "").status()).isEqualTo(200);
        PageClient mentor = pages(world.mentor());
        String csrf = PageClient.csrfToken(mentor.get(page()).body());

        var refused = mentor.postForm(at("/feedback"), Map.of("_csrf", csrf, "text", LABEL));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).doesNotContain("Send it as it is");
        assertThat(feedback()).isEmpty();
    }

    private JsonNode feedback() {
        return mentorApi.get("/api/v1/check-ins/" + checkIn).json().get("feedback");
    }

    private String page() {
        return "/check-ins/" + checkIn;
    }

    private String at(String suffix) {
        return page() + suffix;
    }

    private PageClient pages(Person person) {
        PageClient client = PageClient.at(port);
        client.signIn(person.email());
        return client;
    }
}
