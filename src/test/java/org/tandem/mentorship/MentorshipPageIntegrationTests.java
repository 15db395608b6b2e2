package org.tandem.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.PageClient;
import org.tandem.support.IntegrationTest;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/** The mentorship page as the pair and outsiders meet it, signed in with HTTP Basic (the pages accept it). */
@IntegrationTest
class MentorshipPageIntegrationTests {

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

    private PageClient as(String email) {
        return PageClient.at(port).withBasic(email);
    }

    private String page() {
        return "/mentorships/" + world.mentorship().id();
    }

    private JsonNode stored() {
        return api.as(world.mentor().email()).get("/api/v1/mentorships/" + world.mentorship().id()).json();
    }

    @Test
    void thePairsPageNamesBothPeopleAndTheirRhythm() {
        var response = as(world.mentor().email()).get(page());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("Mona Mentor", "Manu Mentee", world.program().name(), "every 14 days", "45 minutes");
    }

    @Test
    void onlyTheMenteeIsOfferedThePreferencesForm() {
        assertThat(as(world.mentee().email()).get(page()).body()).contains("Save preferences");
        assertThat(as(world.mentor().email()).get(page()).body()).doesNotContain("Save preferences").contains("Not shared yet");
        assertThat(as(world.lead().email()).get(page()).body()).doesNotContain("Save preferences");
    }

    @Test
    void theMenteesPreferencesShowOnTheMentorsPage() {
        api.as(world.mentee().email()).put("/api/v1/mentorships/" + world.mentorship().id() + "/preferences",
                json("{'learningModalities':['HANDS_ON'],'feedbackStyle':'IN_THE_MOMENT'}"));

        assertThat(as(world.mentor().email()).get(page()).body()).contains("Hands on", "In the moment");
    }

    @Test
    void savingTheRhythmOnThePageReadsTheTimeInThePersonsZone() {
        PageClient mentor = as(world.mentor().email());
        String token = PageClient.csrfToken(mentor.get(page()).body());

        var saved = mentor.postForm(page() + "/cadence",
                Map.of("intervalDays", "7", "durationMinutes", "30", "nextAt", "2099-01-05T10:00", "version", "0", "_csrf", token));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(URI.create(saved.header("Location")).getPath()).isEqualTo(page());
        assertThat(mentor.get(page()).body()).contains("Rhythm saved.");
        JsonNode cadence = stored().get("cadence");
        assertThat(cadence.get("intervalDays").asInt()).isEqualTo(7);
        // the mentor lives in Europe/Berlin, one hour ahead of UTC in January
        assertThat(Instant.parse(cadence.get("nextAt").asString())).isEqualTo(Instant.parse("2099-01-05T09:00:00Z"));
    }

    @Test
    void aNextCheckInInThePastIsShownBesideTheFormAndChangesNothing() {
        PageClient mentor = as(world.mentor().email());
        String token = PageClient.csrfToken(mentor.get(page()).body());

        var refused = mentor.postForm(page() + "/cadence",
                Map.of("intervalDays", "7", "durationMinutes", "30", "nextAt", "2020-01-01T10:00", "version", "0", "_csrf", token));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("must be in the future");
        assertThat(stored().get("version").asLong()).isZero();
    }

    @Test
    void aRhythmSavedOverSomeoneElsesChangeIsRefusedWithAMessage() {
        PageClient mentor = as(world.mentor().email());
        String token = PageClient.csrfToken(mentor.get(page()).body());
        api.as(world.mentee().email()).put("/api/v1/mentorships/" + world.mentorship().id() + "/cadence",
                json("{'intervalDays':21,'durationMinutes':45,'nextAt':'2099-02-01T09:00:00Z'}"));

        var refused = mentor.postForm(page() + "/cadence",
                Map.of("intervalDays", "7", "durationMinutes", "30", "nextAt", "2099-01-05T10:00", "version", "0", "_csrf", token));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("changed by someone else");
        assertThat(stored().get("cadence").get("intervalDays").asInt()).isEqualTo(21);
    }

    @Test
    void theMenteeSavesPreferencesOnThePage() {
        PageClient mentee = as(world.mentee().email());
        String token = PageClient.csrfToken(mentee.get(page()).body());

        var saved = mentee.postForm(page() + "/preferences",
                Map.of("learningModalities", "COURSES", "feedbackStyle", "SUPPORTIVE", "version", "0", "_csrf", token));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(stored().get("preferences").get("feedbackStyle").asString()).isEqualTo("SUPPORTIVE");
        assertThat(stored().get("preferences").get("learningModalities").get(0).asString()).isEqualTo("COURSES");
    }

    @Test
    void theMenteeSharesTheirRatingsOnThePairsPageAndTakesThemBackByUntickingTheBox() {
        PageClient mentee = as(world.mentee().email());
        String form = mentee.get(page()).body();
        assertThat(form).contains("Let " + world.mentor().displayName() + " see how I rated our check-ins", "only sees that you rated");

        var shared = mentee.postForm(page() + "/preferences",
                Map.of("shareRatingsWithMentor", "true", "version", "0", "_csrf", PageClient.csrfToken(form)));
        assertThat(shared.status()).isEqualTo(302);
        assertThat(stored().get("preferences").get("shareRatingsWithMentor").asBoolean()).isTrue();
        assertThat(as(world.mentor().email()).get(page()).body()).contains("Shared with " + world.mentor().displayName());

        var takenBack = mentee.postForm(page() + "/preferences",
                Map.of("version", "1", "_csrf", PageClient.csrfToken(mentee.get(page()).body())));
        assertThat(takenBack.status()).isEqualTo(302);
        assertThat(stored().get("preferences").get("shareRatingsWithMentor").asBoolean()).isFalse();
        assertThat(as(world.mentor().email()).get(page()).body()).contains("the mentor sees that they rated, not how");
    }

    @Test
    void aMentorOpeningAnotherPairsPageIsToldItDoesNotExist() {
        var response = as(world.mentor().email()).get("/mentorships/" + world.otherMentorship().id());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(world.otherMentee().displayName());
    }

    @Test
    void aLeadWhoDoesNotLeadTheProgramIsToldThePageDoesNotExist() {
        assertThat(as(world.idleLead().email()).get(page()).status()).isEqualTo(404);
    }

    @Test
    void aPageForAMentorshipThatNeverExistedIsNotFound() {
        assertThat(as(world.mentor().email()).get("/mentorships/0190a000-0000-7000-8000-000000000000").status()).isEqualTo(404);
    }

    @Test
    void theMentorCannotSaveTheMenteesPreferencesFromThePage() {
        PageClient mentor = as(world.mentor().email());
        String token = PageClient.csrfToken(mentor.get(page()).body());

        var refused = mentor.postForm(page() + "/preferences", Map.of("feedbackStyle", "DIRECT", "version", "0", "_csrf", token));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(stored().get("version").asLong()).isZero();
    }
}
