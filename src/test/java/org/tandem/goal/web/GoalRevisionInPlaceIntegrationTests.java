package org.tandem.goal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.Bodies;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/**
 * A goal's revision opened from the check-in (decision 0093), over HTTP: without JavaScript a page of its own whose
 * forms go back to the check-in's ADJUST section, and only ever to a path of Tandem; with htmx the dialog's content,
 * a done form answering 204 with the event the check-in page listens to, a refused one the form again with its errors.
 */
@IntegrationTest
class GoalRevisionInPlaceIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    String goal;
    String back;

    @BeforeEach
    void anActiveGoalAndARunningCheckIn() {
        world = World.create(context);
        Api mentor = Api.at(port).withTokenOf(world.mentor().email());
        Api mentee = Api.at(port).withTokenOf(world.mentee().email());
        goal = mentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals",
                Bodies.goal("Happier support customers", LocalDate.now().plusDays(120))).json().get("id").asString();
        assertThat(mentor.post("/api/v1/goals/" + goal + "/agreement", "").status()).isEqualTo(200);
        String checkIn = mentor.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", Instant.now().plus(2, ChronoUnit.HOURS))).json().get("id").asString();
        assertThat(mentor.post("/api/v1/check-ins/" + checkIn + "/start", "").status()).isEqualTo(200);
        back = "/check-ins/" + checkIn + "?open=adjust#adjust";
    }

    @Test
    void withoutJavaScriptTheRevisionIsAPageWhoseFormGoesBackToTheCheckInsAdjustSection() {
        PageClient mentor = client(world.mentor().email());
        var page = mentor.get(inPlace(back));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Propose a revision of", "name=\"return\"", "Back without changing anything");

        var done = mentor.postForm("/goals/" + goal + "/revisions", revision(page.body(), back));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith(back);

        var checkInPage = mentor.get(back.split("#")[0]);
        assertThat(checkInPage.body()).contains("Revision #1", "waits for " + world.mentee().displayName());
        // the ADJUST section comes back unfolded
        assertThat(checkInPage.body()).containsPattern("id=\"section-ADJUST\" open");
    }

    @Test
    void aWayBackThatIsNotAPathOfTandemIsIgnoredAndTheFormReturnsToTheGoalsPage() {
        PageClient mentor = client(world.mentor().email());
        String csrf = PageClient.csrfToken(mentor.get(inPlace(back)).body());
        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/check-ins", "/\\evil.example", "javascript:alert(1)",
                "/check-ins/../../x", "/check-ins/x?next=https://evil.example"}) {
            var page = mentor.get(inPlace(elsewhere));
            assertThat(page.status()).as(elsewhere).isEqualTo(200);
            assertThat(page.body()).as(elsewhere).doesNotContain("evil.example").doesNotContain("alert(1)");
        }
        Map<String, String> fields = revisionFields(csrf, "https://evil.example/");
        var done = mentor.postForm("/goals/" + goal + "/revisions", fields);
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/goals/" + goal).doesNotContain("evil");
    }

    @Test
    void inTheDialogADoneFormAnswers204WithTheEventAndARefusedOneTheFormWithItsErrors() {
        PageClient mentor = client(world.mentor().email()).asHtmx();
        var dialog = mentor.get(inPlace(back));
        assertThat(dialog.status()).isEqualTo(200);
        assertThat(dialog.body()).doesNotContain("<html").contains("id=\"in-place-title\"", "hx-post=\"/goals/" + goal + "/revisions\"");
        String csrf = PageClient.csrfToken(dialog.body());

        Map<String, String> noReason = revisionFields(csrf, back);
        noReason.put("rationale", "");
        var refused = mentor.postForm("/goals/" + goal + "/revisions", noReason);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().firstValue("X-Tandem-Fragment")).contains("1");
        assertThat(refused.body()).doesNotContain("<html").contains("aria-invalid=\"true\"", "The revision was not proposed");

        var done = mentor.postForm("/goals/" + goal + "/revisions", revisionFields(csrf, back));
        assertThat(done.status()).isEqualTo(204);
        assertThat(done.headers().firstValue("HX-Trigger").orElseThrow()).contains("tandem:in-place-done", "Revision proposed");

        PageClient mentee = client(world.mentee().email()).asHtmx();
        var agreeing = mentee.get(inPlace(back));
        assertThat(agreeing.body()).contains("Agree to revision #1", "Decline it");
        String agree = agreeing.body().replaceAll("(?s).*action=\"(/goals/[^\"]+/agreement)\".*", "$1");
        var agreed = mentee.postForm(agree, Map.of("_csrf", PageClient.csrfToken(agreeing.body()), "return", back));
        assertThat(agreed.status()).isEqualTo(204);
        assertThat(Api.at(port).withTokenOf(world.mentee().email()).get("/api/v1/goals/" + goal).body()).contains("90");
    }

    @Test
    void someoneOutsideThePairFindsNoRevisionToOpen() {
        PageClient outsider = client(world.otherMentor().email());
        assertThat(outsider.get(inPlace(back)).status()).isEqualTo(404);
        assertThat(outsider.asHtmx().get(inPlace(back)).status()).isEqualTo(404);
    }

    private String inPlace(String returnTo) {
        return "/goals/" + goal + "/revision?return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }

    private Map<String, String> revision(String page, String returnTo) {
        return revisionFields(PageClient.csrfToken(page), returnTo);
    }

    private static Map<String, String> revisionFields(String csrf, String returnTo) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf);
        fields.put("title", "Happier support customers");
        fields.put("statement", "Raise the support team satisfaction score by running weekly reviews of closed tickets");
        fields.put("kind", "OUTPUT");
        fields.put("indicatorName", "Satisfaction score");
        fields.put("indicatorUnit", "points");
        fields.put("baseline", "40");
        fields.put("target", "90");
        fields.put("direction", "INCREASE");
        fields.put("attainability", "Two hours a week are reserved for the reviews");
        fields.put("relevance", "Support quality objective this year");
        fields.put("dueOn", LocalDate.now().plusDays(120).toString());
        fields.put("rationale", "The weekly reviews work better than we planned for");
        fields.put("return", returnTo);
        return fields;
    }

    private PageClient client(String email) {
        PageClient client = PageClient.at(port);
        client.signIn(email);
        return client;
    }
}
