package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.people.Actor;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/**
 * The check-in pages as a browser without JavaScript uses them (forms post and redirect back) and as htmx uses
 * them (the changed part alone, with its saved or conflict state), and who is kept out of them.
 */
@IntegrationTest
class CheckInPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    CheckInService checkIns;

    World world;
    String id;
    String page;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        id = checkIns.schedule(World.actor(world.mentor()), world.mentorship().id(), Instant.now().plus(1, ChronoUnit.HOURS), null, Instant.now())
                .id().toString();
        page = "/check-ins/" + id;
    }

    @Test
    void thePairSeesTheCheckInPageAndEveryoneElseAdminsIncludedGets404() {
        assertThat(client(world.mentor().email()).get(page).body()).contains("Recap of last time", "Start check-in", "Save note");
        assertThat(client(world.admin().email()).get(page).status()).isEqualTo(404);

        assertThat(client(world.lead().email()).get(page).status()).isEqualTo(404);
        assertThat(client(world.otherMentor().email()).get(page).status()).isEqualTo(404);
        assertThat(client(world.idleLead().email()).get(page).status()).isEqualTo(404);
    }

    @Test
    void withoutJavaScriptAFormPostsAndRedirectsBackToThePartItSaved() {
        PageClient mentee = client(world.mentee().email());
        String csrf = PageClient.csrfToken(mentee.get(page).body());

        var posted = mentee.postForm(page + "/observations", Map.of("_csrf", csrf, "kind", "METRIC",
                "text", "Review turnaround went from 3 days to 1", "observedOn", LocalDate.now().toString()));

        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.header("Location")).endsWith(page + "#observations");
        var after = mentee.get(page);
        assertThat(after.body()).contains("Review turnaround went from 3 days to 1", "Observation saved");
    }

    @Test
    void withHtmxOnlyThePartComesBackSayingSaved() {
        PageClient mentor = client(world.mentor().email());
        String csrf = PageClient.csrfToken(mentor.get(page).body());

        var part = htmx(mentor, page + "/wins", Map.of("_csrf", csrf, "text", "Shipped the importer a week early"));

        assertThat(part.status()).isEqualTo(200);
        assertThat(part.header("X-Tandem-Fragment")).isEqualTo("1");
        assertThat(part.body().strip()).startsWith("<div id=\"wins\"");
        assertThat(part.body()).contains("Shipped the importer a week early", "saved-state--saved", "id=\"checkin-live\"", "hx-swap-oob")
                .doesNotContain("<html");
    }

    @Test
    void badInputComesBackWithTheFieldNamedAndTheTextKept() {
        PageClient mentee = client(world.mentee().email());
        String csrf = PageClient.csrfToken(mentee.get(page).body());

        var part = htmx(mentee, page + "/action-items", Map.of("_csrf", csrf, "task", "work harder on it",
                "ownerId", world.mentee().id().toString(), "dueOn", LocalDate.now().plusDays(7).toString()));
        var whole = mentee.postForm(page + "/action-items", Map.of("_csrf", csrf, "task", "work harder on it",
                "ownerId", world.mentee().id().toString(), "dueOn", LocalDate.now().plusDays(7).toString()));

        assertThat(part.status()).isEqualTo(400);
        assertThat(part.body()).contains("field--invalid", "Action is too vague", "value=\"work harder on it\"");
        assertThat(whole.status()).isEqualTo(400);
        assertThat(whole.body()).contains("<html", "Action is too vague");
        assertThat(part.body()).as("the callout says it once").contains("<strong>Not saved.</strong> Please check the fields marked below.")
                .doesNotContain("Not saved. Not saved", "Not saved: Not saved", "Not saved: please");
        assertThat(checkIns.get(World.actor(world.mentee()), CheckInId.of(id)).actionItems()).isEmpty();
    }

    @Test
    void aSecondEditFromTheSameVersionShowsTheConflictTheFreshStateAndKeepsTheText() {
        PageClient mentor = client(world.mentor().email());
        PageClient mentee = client(world.mentee().email());
        String mentorCsrf = PageClient.csrfToken(mentor.get(page).body());
        String menteeCsrf = PageClient.csrfToken(mentee.get(page).body());

        var first = htmx(mentor, page + "/interpretation", Map.of("_csrf", mentorCsrf, "version", "0", "worked", "Pairing on reviews"));
        var second = htmx(mentee, page + "/interpretation", Map.of("_csrf", menteeCsrf, "version", "0", "worked", "Writing things down"));
        var secondWithoutJs = mentee.postForm(page + "/interpretation", Map.of("_csrf", menteeCsrf, "version", "0",
                "worked", "Writing things down"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("Changed by someone else meanwhile", world.mentor().displayName(), "saved-state--conflict",
                ">Pairing on reviews</textarea>", "Your text, not saved", "Writing things down", "name=\"version\" value=\"1\"");
        assertThat(secondWithoutJs.status()).isEqualTo(409);
        assertThat(secondWithoutJs.body()).contains("<html", "Changed by someone else meanwhile", "Writing things down");
        assertThat(checkIns.get(World.actor(world.mentee()), CheckInId.of(id)).interpretation().worked()).isEqualTo("Pairing on reviews");
    }

    @Test
    void aStaleChangeOfAnActionItemNamesWhoChangedItAndChangesNothing() {
        Actor menteeActor = World.actor(world.mentee());
        var item = context.getBean(ActionPlanService.class).plan(menteeActor, CheckInId.of(id), "Book two coaching hours on facilitation",
                world.mentee().id(), LocalDate.now().plusDays(10), java.util.List.of(), null, Instant.now());
        context.getBean(ActionPlanService.class).changeActionItem(World.actor(world.mentor()), item.id(), "DONE", null, null,
                OptionalLong.of(0), null, Instant.now());
        PageClient mentee = client(world.mentee().email());
        String csrf = PageClient.csrfToken(mentee.get(page).body());

        var stale = htmx(mentee, page + "/action-items/" + item.id(), Map.of("_csrf", csrf, "version", "0", "from", "action-items",
                "status", "DROPPED", "reason", "No budget this quarter"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains(world.mentor().displayName() + " changed this action item", "it is now done", "Reopen");
        assertThat(context.getBean(ActionPlanService.class).actionItem(menteeActor, item.id()).status()).isEqualTo("DONE");
    }

    @Test
    void theMentorshipPageLoadsTheCheckInsCardForThePairButNotForALead() {
        var card = client(world.mentor().email()).get("/mentorships/" + world.mentorship().id() + "/check-ins/card");
        var forLead = client(world.lead().email()).get("/mentorships/" + world.mentorship().id() + "/check-ins/card");

        assertThat(card.body()).contains("id=\"checkins-card\"", "Schedule or open a check-in");
        assertThat(forLead.status()).isEqualTo(200);
        assertThat(forLead.body()).isBlank();
        assertThat(client(world.mentor().email()).get("/mentorships/" + world.mentorship().id()).body()).contains("/check-ins/card");
    }

    @Test
    void scheduleFromTheListPageAndOnlyThePairMay() {
        PageClient mentee = client(world.mentee().email());
        String list = "/mentorships/" + world.mentorship().id() + "/check-ins";
        String csrf = PageClient.csrfToken(mentee.get(list).body());
        String at = java.time.LocalDateTime.now().plusDays(3).withSecond(0).withNano(0).toString();

        var scheduled = mentee.postForm(list, Map.of("_csrf", csrf, "scheduledAt", at, "durationMinutes", "30"));
        var past = mentee.postForm(list, Map.of("_csrf", csrf, "scheduledAt", "2020-01-01T10:00", "durationMinutes", "30"));

        assertThat(scheduled.status()).isEqualTo(302);
        assertThat(scheduled.header("Location")).matches(".*/check-ins/[0-9a-f-]{36}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("When must not be in the past");
        PageClient admin = client(world.admin().email());
        String forAdmin = admin.get(list).body();
        assertThat(forAdmin).doesNotContain("Schedule a check-in").contains("is theirs");
        assertThat(forAdmin).as("no link to a check-in the admin may not open").doesNotContain("href=\"/check-ins/");
    }

    @Test
    void theSummaryDownloadsAsMarkdownWithoutPrivateNotes() {
        Actor mentor = World.actor(world.mentor());
        CheckInId checkIn = CheckInId.of(id);
        checkIns.start(mentor, checkIn, OptionalLong.empty(), Instant.now());
        var content = context.getBean(CheckInContentService.class);
        content.writeNote(mentor, checkIn, "Private worry about workload", "PRIVATE", Instant.now());
        content.writeNote(mentor, checkIn, "Agreed to meet every two weeks", "PAIR", Instant.now());
        checkIns.complete(mentor, checkIn, OptionalLong.empty(), Instant.now());

        var download = client(world.mentee().email()).get(page + "/summary.md");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("text/markdown");
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains(".md");
        assertThat(download.body()).contains("Agreed to meet every two weeks").doesNotContain("workload");
        assertThat(client(world.mentor().email()).get(page + "/summary").body()).contains("Agreed to meet every two weeks")
                .doesNotContain("Private worry");
    }

    @Test
    void theSummaryTellsWhenItWasHeldOnTheReadersClockAndInWords() {
        Actor mentor = World.actor(world.mentor());
        CheckInId checkIn = CheckInId.of(id);
        checkIns.start(mentor, checkIn, OptionalLong.empty(), Instant.now());
        checkIns.complete(mentor, checkIn, OptionalLong.empty(), Instant.now());
        Instant heldAt = checkIns.get(mentor, checkIn).startedAt();
        String inWords = org.tandem.shared.Format.dateTime(heldAt, java.time.ZoneId.of("Europe/Berlin"));

        var download = client(world.mentee().email()).get(page + "/summary.md");
        var shown = client(world.mentor().email()).get(page + "/summary");

        assertThat(download.body()).contains("_Held " + inWords + " (Europe/Berlin)_").doesNotContain(" UTC");
        assertThat(shown.body()).contains("Held " + inWords + " (Europe/Berlin)").doesNotContain(" UTC</time>");
    }

    @Test
    void theRatingFormsRefuseThoseTheyAreNotFor() {
        Actor mentor = World.actor(world.mentor());
        checkIns.start(mentor, CheckInId.of(id), OptionalLong.empty(), Instant.now());
        checkIns.complete(mentor, CheckInId.of(id), OptionalLong.empty(), Instant.now());
        PageClient mentorPage = client(world.mentor().email());
        PageClient menteePage = client(world.mentee().email());
        String mentorCsrf = PageClient.csrfToken(mentorPage.get(page).body());
        String menteeCsrf = PageClient.csrfToken(menteePage.get(page).body());

        assertThat(mentorPage.get(page).body()).contains("autonomy").doesNotContain("How was this check-in for you?");
        assertThat(mentorPage.postForm(page + "/rating", Map.of("_csrf", mentorCsrf, "clarity", "5", "usefulness", "5", "support", "5"))
                .status()).isEqualTo(403);
        assertThat(menteePage.postForm(page + "/autonomy", Map.of("_csrf", menteeCsrf, "rating", "5")).status()).isEqualTo(403);
        assertThat(menteePage.postForm(page + "/rating", Map.of("_csrf", menteeCsrf, "clarity", "4", "usefulness", "5", "support", "4"))
                .status()).isEqualTo(302);
        assertThat(mentorPage.get(page).body()).doesNotContain("You rated it");
    }

    @Test
    void thePageMovesOneCheckInInTheReadersTimeZoneAndAnotherPairsMentorCannot() {
        PageClient mentee = client(world.mentee().email());
        String csrf = PageClient.csrfToken(mentee.get(page).body());
        java.time.LocalDateTime local = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(3).atTime(8, 15);
        PageClient outsider = client(world.otherMentor().email());

        var refused = outsider.postForm(page + "/reschedule", Map.of("_csrf", PageClient.csrfToken(outsider.get("/").body()), "version", "0",
                "scheduledAt", local.toString()));
        var moved = mentee.postForm(page + "/reschedule", Map.of("_csrf", csrf, "version", "0", "scheduledAt", local.toString()));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(moved.status()).isEqualTo(302);
        var view = checkIns.get(World.actor(world.mentee()), CheckInId.of(id));
        assertThat(view.scheduledAt()).isEqualTo(local.atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant());
    }

    private PageClient client(String email) {
        PageClient client = PageClient.at(port);
        client.signIn(email);
        return client;
    }

    /** A form post as htmx sends it: the session cookie, the HX-Request header, and the form fields. */
    private Api.Response htmx(PageClient client, String path, Map<String, String> fields) {
        try {
            Map<String, String> form = new LinkedHashMap<>(fields);
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("HX-Request", "true")
                    .header("Cookie", "SESSION=" + client.cookie("SESSION"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
