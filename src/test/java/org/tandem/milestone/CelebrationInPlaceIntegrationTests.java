package org.tandem.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;

/**
 * A celebration started from the check-in's CELEBRATE section (decision 0093): the milestone feature's form, in the
 * check-in's dialog with htmx or as its own page without, returning to the section; the check-in then shows the
 * milestone as celebrated. Invitation links, shown once, stay in the dialog until it is closed.
 */
@IntegrationTest
class CelebrationInPlaceIntegrationTests {

    private static final String RECOGNITION = "In March your weekly ticket reviews raised the satisfaction score from 40 to 63.";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    MilestoneApiIntegrationTests t;
    String milestone;
    String checkIn;
    String back;

    @BeforeEach
    void aReachedMilestoneAndARunningCheckIn() {
        t = new MilestoneApiIntegrationTests();
        t.port = port;
        t.context = context;
        t.dsl = dsl;
        t.setUp();
        String goal = MilestoneApiIntegrationTests.activeGoal(t);
        milestone = MilestoneApiIntegrationTests.plan(t.mentee, goal, "Sixty and holding", "60");
        checkIn = t.mentor.post("/api/v1/mentorships/" + t.world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", Instant.now().plus(2, ChronoUnit.HOURS))).json().get("id").asString();
        assertThat(t.mentor.post("/api/v1/check-ins/" + checkIn + "/start", "").status()).isEqualTo(200);
        t.measure(goal, "63", 0);
        back = "/check-ins/" + checkIn + "?open=wins#wins";
    }

    @Test
    void withoutJavaScriptTheCelebrationFormReturnsToTheCheckInsCelebrateSection() {
        PageClient mentee = client(t.world.mentee().email());
        var checkInPage = mentee.get("/check-ins/" + checkIn);
        assertThat(checkInPage.body()).contains("Start a celebration", "/milestones/" + milestone + "/celebration/new?return=");

        var form = mentee.get(form(back));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"return\"", "Back without publishing");
        var done = mentee.postForm("/milestones/" + milestone + "/celebration", fields(PageClient.csrfToken(form.body()), back, ""));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith(back);
        assertThat(mentee.get("/check-ins/" + checkIn).body()).contains("Celebrated", "See the celebration");
    }

    @Test
    void inTheDialogADoneFormAnswers204AndInvitationLinksStayInTheDialog() {
        PageClient mentee = client(t.world.mentee().email()).asHtmx();
        var dialog = mentee.get(form(back));
        assertThat(dialog.status()).isEqualTo(200);
        assertThat(dialog.body()).doesNotContain("<html").contains("id=\"in-place-title\"", "hx-post=\"/milestones/" + milestone + "/celebration\"");
        String csrf = PageClient.csrfToken(dialog.body());

        var refused = mentee.postForm("/milestones/" + milestone + "/celebration", fields(csrf, back, "not an address"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().firstValue("X-Tandem-Fragment")).contains("1");
        assertThat(refused.body()).doesNotContain("<html").contains("Nothing was published yet");

        var done = mentee.postForm("/milestones/" + milestone + "/celebration", fields(csrf, back, "kai@elsewhere.example"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.headers().firstValue("HX-Trigger").orElseThrow()).contains("tandem:in-place-done", "\"keepOpen\":true");
        assertThat(done.body()).contains("kai@elsewhere.example", "/guest/celebrations/");

        var again = mentee.get(form(back));
        assertThat(again.status()).as("celebrated already: nothing to open").isEqualTo(204);
    }

    @Test
    void someoneOutsideThePairCannotOpenTheForm() {
        PageClient outsider = client(t.world.otherMentor().email()).asHtmx();
        assertThat(outsider.get(form(back)).status()).isEqualTo(404);
    }

    private String form(String returnTo) {
        return "/milestones/" + milestone + "/celebration/new?return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }

    private static Map<String, String> fields(String csrf, String returnTo, String stakeholders) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf);
        fields.put("text", RECOGNITION);
        fields.put("visibility", "PAIR");
        fields.put("confirm", "as-it-is");
        fields.put("stakeholders", stakeholders);
        fields.put("return", returnTo);
        return fields;
    }

    private PageClient client(String email) {
        PageClient client = PageClient.at(port);
        client.signIn(email);
        return client;
    }
}
