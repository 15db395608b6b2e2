package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.OUTBOX_MESSAGE;
import static org.tandem.support.Api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.mentorship.Pair;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/**
 * The pair's content from the outside (decision 0070): a check-in with a marker in everything the pair records, and
 * the admin and the program's lead looking for that marker in every view that could carry it — the check-in JSON and
 * page, the summary as JSON, Markdown and page, the exports of both people, the admin outbox, mails to anyone but the
 * pair. They find nothing, while the pair still finds it everywhere.
 */
@IntegrationTest
class PairContentPrivacyIntegrationTests {

    private static final List<String> OUTBOX_TABS = List.of("PENDING", "SENDING", "SENT", "HELD", "UNKNOWN", "DEAD", "CANCELLED");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    World world;
    Api mentor;
    Api mentee;
    String marker;
    String checkIn;

    @BeforeEach
    void recordACheckInWithTheMarkerEverywhere() {
        world = World.create(context);
        mentor = api(world.mentor());
        mentee = api(world.mentee());
        marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        checkIn = mentor.post("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins",
                json("{'scheduledAt':'%s'}", Instant.now().plus(2, ChronoUnit.HOURS))).json().get("id").asString();
        assertThat(mentor.post(at("/start"), "").status()).isEqualTo(200);
        List<Api.Response> recorded = List.of(
                mentor.post(at("/notes"), json("{'text':'Pair note %s','visibility':'PAIR'}", marker)),
                mentee.post(at("/observations"), json("{'kind':'BEHAVIOR','text':'Observed %s','observedOn':'%s'}", marker, LocalDate.now())),
                mentor.put(at("/interpretation"), json("{'worked':'Worked %s','didNotWork':'Long PRs','why':'Too big'}", marker)),
                mentee.post(at("/answers"), json("{'question':'What next?','answer':'Answer %s'}", marker)),
                mentee.post(at("/risks"), json("{'description':'Risk %s','likelihood':2,'impact':2,'support':'Ask early','ownerId':'%s'}",
                        marker, world.mentee().id())),
                mentor.post(at("/feedback"), json("{'text':'In the review on Monday you opened with the options %s, keep doing it'}", marker)),
                mentee.post(at("/action-items"), json("{'task':'Write the rollout plan %s','ownerId':'%s','dueOn':'%s'}", marker,
                        world.mentee().id(), LocalDate.now().plusDays(7))),
                mentor.post(at("/wins"), json("{'text':'Win %s'}", marker)),
                mentee.put(at("/takeaway"), json("{'text':'Takeaway %s'}", marker)));
        assertThat(recorded).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
        assertThat(mentor.post(at("/complete"), "").status()).isEqualTo(200);
    }

    @Test
    void thePairFindsItsContentInTheCheckInTheSummaryTheirPagesAndTheirOwnExports() {
        for (Person member : List.of(world.mentor(), world.mentee())) {
            Api api = api(member);
            assertThat(api.get("/api/v1/check-ins/" + checkIn).body()).contains("Pair note " + marker, "Observed " + marker, "Takeaway " + marker);
            assertThat(api.get("/api/v1/check-ins/" + checkIn).json().get("summary").get("markdown").asString()).contains(marker);
            assertThat(api.get(at("/summary")).json().get("markdown").asString()).contains("Pair note " + marker, "Takeaway " + marker);
            assertThat(api.get(at("/summary")).json().get("html").asString()).contains("Takeaway " + marker);
            assertThat(markdown(member, at("/summary")).body()).contains("Pair note " + marker, "Takeaway " + marker);
            PageClient pages = pages(member);
            assertThat(pages.get("/check-ins/" + checkIn).body()).contains(marker);
            assertThat(pages.get("/check-ins/" + checkIn + "/summary").body()).contains(marker);
            assertThat(pages.get("/check-ins/" + checkIn + "/summary.md").body()).contains(marker);
            assertThat(api.get("/api/v1/people/" + member.id() + "/export").body()).contains(marker, "Takeaway " + marker);
        }
    }

    @Test
    void theAdminAndTheLeadFindNoTraceOfThePairsConversationInAnyViewOfTheCheckIn() {
        for (Person outsider : List.of(world.admin(), world.lead())) {
            Api api = api(outsider);
            var json = api.get("/api/v1/check-ins/" + checkIn);
            assertThat(json.status()).as(outsider.displayName()).isEqualTo(404);
            assertThat(json.body()).doesNotContain(marker);
            for (String path : List.of(at("/summary"), at("/interpretation"), at("/takeaway"))) {
                var response = api.get(path);
                assertThat(response.status()).as(path).isEqualTo(404);
                assertThat(response.body()).doesNotContain(marker);
            }
            var markdown = markdown(outsider, at("/summary"));
            assertThat(markdown.status()).isEqualTo(404);
            assertThat(markdown.body()).doesNotContain(marker);
            PageClient pages = pages(outsider);
            for (String page : List.of("/check-ins/" + checkIn, "/check-ins/" + checkIn + "/summary", "/check-ins/" + checkIn + "/summary.md")) {
                var response = pages.get(page);
                assertThat(response.status()).as(page).isEqualTo(404);
                assertThat(response.body()).doesNotContain(marker);
            }
        }
    }

    @Test
    void theAdminsAndTheLeadsViewOfTheItemsByTheirOwnIdsIsNotFound() {
        var item = mentee.get("/api/v1/check-ins/" + checkIn).json().get("actionItems").get(0).get("id").asString();
        var risk = mentee.get("/api/v1/check-ins/" + checkIn).json().get("risks").get(0).get("id").asString();
        for (Person outsider : List.of(world.admin(), world.lead())) {
            assertThat(api(outsider).get("/api/v1/action-items/" + item).status()).isEqualTo(404);
            assertThat(api(outsider).get("/api/v1/risks/" + risk).status()).isEqualTo(404);
        }
        assertThat(mentor.get("/api/v1/action-items/" + item).body()).contains(marker);
    }

    @Test
    void anAdminsExportOfTheMenteeOrTheMentorCarriesTheCheckInsButNotTheConversation() {
        Api admin = api(world.admin());
        for (Person member : List.of(world.mentee(), world.mentor())) {
            var export = admin.get("/api/v1/people/" + member.id() + "/export");
            assertThat(export.status()).as(export.toString()).isEqualTo(200);
            assertThat(export.body()).contains(checkIn).doesNotContain(marker);
            assertThat(api(world.lead()).get("/api/v1/people/" + member.id() + "/export").body()).doesNotContain(marker);
        }
    }

    @Test
    void theAdminOutboxShowsThePairsMailAsAnEnvelopeOnlyAndNoMailToAnyoneElseCarriesTheConversation() {
        Set<String> pair = Set.of(world.mentor().email(), world.mentee().email());
        var mails = dsl.select(OUTBOX_MESSAGE.RECIPIENT, OUTBOX_MESSAGE.SUBJECT, OUTBOX_MESSAGE.BODY_TEXT, OUTBOX_MESSAGE.BODY_HTML)
                .from(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.ORGANIZATION_ID.eq(world.organization().id().value())).fetch();
        assertThat(mails).as("the mentee's rating request carries the pair's summary").anySatisfy(m -> {
            assertThat(m.value1()).isEqualTo(world.mentee().email());
            assertThat(m.value3()).contains(marker);
        });
        assertThat(mails).filteredOn(m -> !pair.contains(m.value1()))
                .allSatisfy(m -> assertThat(m.value2() + m.value3() + m.value4()).doesNotContain(marker));

        PageClient admin = pages(world.admin());
        for (String tab : OUTBOX_TABS) {
            var page = admin.get("/admin/outbox?status=" + tab);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).doesNotContain(marker);
        }
        assertThat(admin.get("/admin/outbox?status=HELD").body()).as("the envelope is there").contains(world.mentee().email());
    }

    private String at(String suffix) {
        return "/api/v1/check-ins/" + checkIn + suffix;
    }

    private Api api(Person person) {
        return Api.at(port).withTokenOf(person.email());
    }

    private PageClient pages(Person person) {
        PageClient client = PageClient.at(port);
        client.signIn(person.email());
        return client;
    }

    /** The summary as Markdown, asked for by itself (the test client asks for JSON otherwise). */
    private Api.Response markdown(Person person, String path) {
        return Api.at(port).as(person.email()).with("Accept", "text/markdown").get(path);
    }
}
