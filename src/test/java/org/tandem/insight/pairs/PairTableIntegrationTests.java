package org.tandem.insight.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.insight.InsightFixtures.daysAgo;
import static org.tandem.insight.pairs.PairTableFixtures.PLAIN;
import static org.tandem.insight.pairs.PairTableFixtures.RATED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.mentorship.Mentorship;
import org.tandem.people.Person;
import org.tandem.program.Programs;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/** The lead's pair table through the API, the CSV, the page and home, read by the program's lead and by outsiders. */
@IntegrationTest
@PostgresRelevant
class PairTableIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    PairTableFixtures fixtures;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        fixtures = new PairTableFixtures(context, world, port);
    }

    private Api as(Person person) {
        return Api.at(port).withTokenOf(person.email());
    }

    private PageClient pages(Person person) {
        PageClient client = PageClient.at(port);
        client.signIn(person.email());
        return client;
    }

    private String pairs() {
        return "/api/v1/programs/" + world.program().id() + "/pairs";
    }

    private JsonNode rowOf(JsonNode items, Mentorship m) {
        for (JsonNode item : items) {
            if (item.get("mentorshipId").asString().equals(m.id().toString())) {
                return item;
            }
        }
        throw new AssertionError("no row for " + m.id() + " in " + items);
    }

    private List<String> kindsOf(Mentorship m) {
        var response = as(world.lead()).get(pairs());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        rowOf(response.json().get("items"), m).get("flags").forEach(f -> kinds.add(f.get("kind").asString()));
        return kinds;
    }

    // ---------------------------------------------------------------- shape

    @Test
    void theLeadSeesEveryPairWithNamesCheckInsAdherenceBalanceAndFlags() {
        fixtures.checkIns.completed(world.mentorship(), daysAgo(28), RATED);
        fixtures.checkIns.completed(world.mentorship(), daysAgo(14), new org.tandem.insight.InsightFixtures.Held(10, 10, 10, 0, 5, 3));
        fixtures.checkIns.missed(world.otherMentorship(), daysAgo(28));
        fixtures.checkIns.missed(world.otherMentorship(), daysAgo(14));

        var response = as(world.lead()).get(pairs());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode items = response.json().get("items");
        assertThat(items).hasSize(2);
        assertThat(response.json().has("nextCursor")).as("one page holds them all").isFalse();
        JsonNode row = rowOf(items, world.mentorship());
        assertThat(row.get("mentor").get("id").asString()).isEqualTo(world.mentor().id().value().toString());
        assertThat(row.get("mentor").get("displayName").asString()).isEqualTo("Mona Mentor");
        assertThat(row.get("mentee").get("displayName").asString()).isEqualTo("Manu Mentee");
        assertThat(row.get("lastCheckInAt").asString()).isEqualTo(daysAgo(14).toString());
        assertThat(row.get("nextCheckInAt").isNull()).as("the planned first check-in: " + row).isFalse();
        assertThat(row.get("cadenceAdherence").asDouble()).isEqualTo(1.0);
        assertThat(row.get("balance").get("review").asDouble() + row.get("balance").get("adjustment").asDouble()
                + row.get("balance").get("celebration").asDouble()).isBetween(0.99, 1.01);
        assertThat(row.get("flags")).isEmpty();
        JsonNode missing = rowOf(items, world.otherMentorship());
        assertThat(missing.get("lastCheckInAt").isNull()).isTrue();
        assertThat(missing.get("cadenceAdherence").asDouble()).isZero();
        assertThat(missing.get("balance").get("review").isNull()).as("nothing recorded is no balance").isTrue();
        assertThat(missing.get("flags").get(0).get("kind").asString()).isEqualTo("MISSED_IN_A_ROW");
        assertThat(missing.get("flags").get(0).get("message").asString()).isEqualTo("The last 2 check-ins that were due did not happen");
        assertThat(response.body()).as("no rating, note or comment of the pair").doesNotContain("insight must never show", "clarity",
                "usefulness", "\"support\"", "autonomy");
    }

    @Test
    void theProgramsAdminSeesTheTableToo() {
        assertThat(as(world.admin()).get(pairs()).status()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- each flag, raised and not

    @Test
    void twoMissedCheckInsInARowRaiseTheFlagOneDoesNot() {
        fixtures.missedTwice(world.mentorship());
        fixtures.checkIns.completed(world.otherMentorship(), daysAgo(28), RATED);
        fixtures.checkIns.missed(world.otherMentorship(), daysAgo(14));

        assertThat(kindsOf(world.mentorship())).containsExactly("MISSED_IN_A_ROW");
        assertThat(kindsOf(world.otherMentorship())).isEmpty();
    }

    @Test
    void milestonesReachedWithoutACelebrationInThreeCheckInsRaiseTheFlagACelebrationKeepsItAway() {
        fixtures.celebrationStarved(world.mentorship(), world.mentee(), world.mentor());
        fixtures.checkIns.completed(world.otherMentorship(), daysAgo(42), PLAIN);
        fixtures.checkIns.completed(world.otherMentorship(), daysAgo(28), PLAIN);
        fixtures.checkIns.completed(world.otherMentorship(), daysAgo(14), RATED);
        fixtures.reachMilestone(world.otherMentorship(), world.otherMentee(), world.otherMentor());

        assertThat(kindsOf(world.mentorship())).containsExactly("CELEBRATION_STARVED");
        assertThat(kindsOf(world.otherMentorship())).isEmpty();
        JsonNode starved = rowOf(as(world.lead()).get(pairs() + "?flag=CELEBRATION_STARVED").json().get("items"), world.mentorship());
        assertThat(starved.get("flags").get(0).get("message").asString()).contains("celebrated nothing");
    }

    @Test
    void aGoalOffTrackRaisesTheFlagAGoalWithoutMeasurementsDoesNot() {
        fixtures.goalOffTrack(world.mentorship(), world.mentee(), world.mentor());
        fixtures.activeGoal(world.otherMentorship(), world.otherMentee(), world.otherMentor());

        assertThat(kindsOf(world.mentorship())).contains("GOAL_OFF_TRACK");
        assertThat(kindsOf(world.otherMentorship())).isEmpty();
    }

    @Test
    void anOpenActionItemMoreThanAWeekPastDueRaisesTheFlagRecentOrClosedOnesDoNot() {
        LocalDate today = LocalDate.now(world.lead().timeZone());
        fixtures.actionItem(world.mentorship(), today.minusDays(8), "OPEN");
        fixtures.actionItem(world.otherMentorship(), today.minusDays(7), "OPEN");
        fixtures.actionItem(world.otherMentorship(), today.minusDays(30), "DONE");
        fixtures.actionItem(world.otherMentorship(), today.minusDays(30), "DROPPED");

        assertThat(kindsOf(world.mentorship())).containsExactly("ACTIONS_OVERDUE");
        assertThat(kindsOf(world.otherMentorship())).isEmpty();
        JsonNode row = rowOf(as(world.lead()).get(pairs()).json().get("items"), world.mentorship());
        assertThat(row.get("flags").get(0).get("message").asString()).isEqualTo("1 open action item is more than a week past due");
        assertThat(as(world.lead()).get(pairs()).body()).doesNotContain("Private task text");
    }

    @Test
    void checkInsHeldUnratedForSixWeeksRaiseTheFlagWithoutSayingAnyRating() {
        fixtures.checkIns.completed(world.mentorship(), daysAgo(70), RATED);
        fixtures.checkIns.completed(world.mentorship(), daysAgo(56), PLAIN);
        fixtures.checkIns.completed(world.mentorship(), daysAgo(42), PLAIN);
        // the other pair: unrated for five weeks only, after a rating
        fixtures.checkIns.completed(world.otherMentorship(), daysAgo(49), RATED);
        fixtures.checkIns.completed(world.otherMentorship(), daysAgo(35), PLAIN);

        assertThat(kindsOf(world.mentorship())).containsExactly("NO_RECENT_RATING");
        assertThat(kindsOf(world.otherMentorship())).isEmpty();
        var response = as(world.lead()).get(pairs());
        JsonNode flag = rowOf(response.json().get("items"), world.mentorship()).get("flags").get(0);
        assertThat(flag.get("message").asString()).isEqualTo("No check-in held in the last 8 weeks has been rated");
        assertThat(response.body()).doesNotContain("rating\":", "comment");
    }

    @Test
    void aRatingGivenAfterwardsClearsTheFlag() {
        fixtures.checkIns.completed(world.mentorship(), daysAgo(56), PLAIN);
        assertThat(kindsOf(world.mentorship())).containsExactly("NO_RECENT_RATING");

        fixtures.checkIns.completed(world.mentorship(), daysAgo(7), RATED);

        assertThat(kindsOf(world.mentorship())).isEmpty();
    }

    // ---------------------------------------------------------------- sort, filter, cursor

    @Test
    void aCursorWalksThePairsOnePageAtATimeInTheChosenOrder() {
        var first = as(world.lead()).get(pairs() + "?sort=MENTEE&limit=1");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("items")).hasSize(1);
        assertThat(first.json().get("items").get(0).get("mentee").get("displayName").asString()).isEqualTo("Manu Mentee");
        String cursor = first.json().get("nextCursor").asString();

        var second = as(world.lead()).get(pairs() + "?sort=MENTEE&limit=1&cursor=" + cursor);
        assertThat(second.json().get("items")).hasSize(1);
        assertThat(second.json().get("items").get(0).get("mentee").get("displayName").asString()).isEqualTo("Olga Mentee");
        assertThat(second.json().has("nextCursor")).isFalse();

        var reversed = as(world.lead()).get(pairs() + "?sort=mentee&order=desc");
        assertThat(reversed.json().get("items").get(0).get("mentee").get("displayName").asString()).isEqualTo("Olga Mentee");
    }

    @Test
    void pairsWithoutAValueComeLastWhicheverWayTheColumnIsSorted() {
        fixtures.checkIns.completed(world.otherMentorship(), daysAgo(14), RATED);

        for (String order : List.of("ASC", "DESC")) {
            JsonNode items = as(world.lead()).get(pairs() + "?sort=LAST_CHECK_IN&order=" + order).json().get("items");
            assertThat(items.get(0).get("mentorshipId").asString()).as(order).isEqualTo(world.otherMentorship().id().toString());
            assertThat(items.get(1).get("lastCheckInAt").isNull()).isTrue();
        }
    }

    @Test
    void theFilterKeepsOnlyThePairsWithThatFlag() {
        fixtures.missedTwice(world.otherMentorship());

        JsonNode items = as(world.lead()).get(pairs() + "?flag=MISSED_IN_A_ROW").json().get("items");

        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("mentorshipId").asString()).isEqualTo(world.otherMentorship().id().toString());
        assertThat(as(world.lead()).get(pairs() + "?flag=GOAL_OFF_TRACK").json().get("items")).isEmpty();
    }

    @Test
    void aBadSortOrderFlagLimitOrCursorIsA400NamingIt() {
        for (String query : List.of("sort=NAME", "order=UP", "flag=SAD", "limit=0", "limit=201", "cursor=bm90LWEtY3Vyc29y")) {
            var response = as(world.lead()).get(pairs() + "?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    // ---------------------------------------------------------------- outsiders

    @Test
    void aLeadOfAnotherProgramAMentorAndAMenteeAreToldTheProgramDoesNotExist() {
        var playbook = world.program().playbookId();
        context.getBean(Programs.class).create(World.actor(world.idleLead()),
                new Programs.ProgramDraft("Another program", playbook, 14, 45, List.of(world.idleLead().id()), null));
        fixtures.missedTwice(world.mentorship());
        String page = "/programs/" + world.program().id() + "/pairs";

        for (Person outsider : List.of(world.idleLead(), world.mentor(), world.mentee(), world.otherMentor())) {
            String who = outsider.displayName();
            assertThat(as(outsider).get(pairs()).status()).as(who + " API").isEqualTo(404);
            assertThat(as(outsider).get(pairs() + ".csv").status()).as(who + " CSV").isEqualTo(404);
            PageClient client = pages(outsider);
            assertThat(client.get(page).status()).as(who + " page").isEqualTo(404);
            assertThat(client.get(page + ".csv").status()).as(who + " page CSV").isEqualTo(404);
        }
        assertThat(Api.at(port).get(pairs()).status()).as("no credentials").isEqualTo(401);
    }

    @Test
    void theLeadOfAnotherProgramSeesNoFlagOfThisOneOnTheirHome() {
        context.getBean(Programs.class).create(World.actor(world.idleLead()),
                new Programs.ProgramDraft("Another program", world.program().playbookId(), 14, 45, List.of(world.idleLead().id()), null));
        fixtures.missedTwice(world.mentorship());

        String home = pages(world.idleLead()).get("/").body();
        assertThat(home).contains("Another program").doesNotContain("Manu Mentee", "Missed in a row");
        assertThat(pages(world.mentor()).get("/").body()).doesNotContain("Pairs that need a look");
    }

    // ---------------------------------------------------------------- CSV, page, home

    @Test
    void theCsvHoldsTheSameRowsInWordsWithTimesInTheReadersZone() {
        fixtures.missedTwice(world.otherMentorship());
        fixtures.checkIns.completed(world.mentorship(), daysAgo(14), RATED);

        var csv = as(world.lead()).get(pairs() + ".csv?sort=MENTEE");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(PairTableCsv.header(world.lead().timeZone()));
        assertThat(lines.getFirst()).contains("Europe/Berlin");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("\"Mona Mentor\",\"Manu Mentee\",Active,")
                .contains(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(daysAgo(14).atZone(world.lead().timeZone())))
                .contains("100%");
        assertThat(lines.get(2)).startsWith("\"Otto Mentor\",\"Olga Mentee\"").endsWith("\"The last 2 check-ins that were due did not happen\"");
        assertThat(pages(world.lead()).get("/programs/" + world.program().id() + "/pairs.csv?flag=MISSED_IN_A_ROW").body().lines())
                .as("the page's link exports what the page shows").hasSize(2);
    }

    @Test
    void thePageSortsAndFiltersThroughItsAddressWithoutJavaScript() {
        fixtures.missedTwice(world.otherMentorship());
        PageClient lead = pages(world.lead());
        String page = "/programs/" + world.program().id() + "/pairs";

        var all = lead.get(page + "?sort=MENTEE&order=DESC");
        assertThat(all.status()).isEqualTo(200);
        String body = all.body();
        assertThat(body.indexOf("Olga Mentee")).isLessThan(body.indexOf("Manu Mentee"));
        assertThat(body).contains("aria-sort=\"descending\"", "Scroll sideways to see all columns", "Missed in a row",
                "The last 2 check-ins that were due did not happen", "When a pair is flagged", "more than 7 days past its due date");
        assertThat(visibleText(body)).doesNotContain("MISSED_IN_A_ROW", "CELEBRATION_STARVED", "NO_RECENT_RATING");

        String filtered = lead.get(page + "?flag=MISSED_IN_A_ROW").body();
        assertThat(filtered).contains("Olga Mentee").doesNotContain(">Manu Mentee<");

        assertThat(lead.get(page + "?sort=NOPE").status()).isEqualTo(400);
    }

    @Test
    void theDashboardsCountOfStarvedPairsLeadsToTheTableFilteredByThatFlag() {
        fixtures.celebrationStarved(world.mentorship(), world.mentee(), world.mentor());
        fixtures.missedTwice(world.otherMentorship());

        String dashboard = pages(world.lead()).get("/programs/" + world.program().id() + "/insights").body();

        assertThat(dashboard).contains("/programs/" + world.program().id() + "/pairs?flag=CELEBRATION_STARVED\">1 pair</a>",
                "/programs/" + world.program().id() + "/pairs?flag=MISSED_IN_A_ROW\">1</a>");
    }

    @Test
    void theLeadsHomeListsEachFlagLinkingToItsPair() {
        fixtures.missedTwice(world.otherMentorship());

        String home = pages(world.lead()).get("/").body();

        assertThat(home).contains("Pairs that need a look", world.program().name(), "Olga Mentee",
                "<a href=\"/mentorships/" + world.otherMentorship().id() + "\">Missed in a row",
                "The last 2 check-ins that were due did not happen");
        assertThat(home).doesNotContain(">Manu Mentee<");
    }

    /** The page without its tags and attributes: what a person reads. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<[^>]*>", " ");
    }
}
