package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.checkin.CheckInBackfill;
import org.tandem.checkin.CheckInListItem;
import org.tandem.checkin.CheckInService;
import org.tandem.checkin.CheckInStatus;
import org.tandem.goal.GoalBackfill;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.Mentorships;
import org.tandem.milestone.MilestoneBackfill;
import org.tandem.people.Organization;
import org.tandem.people.Organizations;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.program.Playbooks;
import org.tandem.program.Programs;
import org.tandem.shared.Links;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.World;
import tools.jackson.databind.JsonNode;

/**
 * The demo seed, run against a fresh organization of its own (tests run with {@code tandem.demo=false}, so the seed is
 * built here from the application's beans): its history is there, obeys the cadence, and shows on the insight pages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeedIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Mentorships mentorships;

    @Autowired
    CheckInService checkIns;

    @Autowired
    PeopleService people;

    DemoSeed seed;
    Organization organization;
    String domain;
    List<String> logins;
    /** Each mentee's login name (mentee1 …) with their mentorship, in the order the pairs were formed. */
    final Map<String, Mentorship> pairs = new LinkedHashMap<>();

    @BeforeAll
    void seedAFreshOrganization() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        organization = context.getBean(Organizations.class).create("Demo " + tag, "demo-" + tag);
        domain = "demo-" + tag + ".example";
        seed = new DemoSeed(context.getBean(Organizations.class), people, context.getBean(Playbooks.class), context.getBean(Programs.class),
                mentorships, context.getBean(GoalBackfill.class), context.getBean(CheckInBackfill.class),
                context.getBean(MilestoneBackfill.class), context.getBean(TransactionTemplate.class), context.getBean(Clock.class), "",
                context.getBean(Links.class));
        logins = seed.seedOnce(organization, domain, World.PASSWORD);
        for (int i = 1; i <= 6; i++) {
            Person mentee = person("mentee" + i);
            pairs.put("mentee" + i, mentorships.ofPerson(organization.id(), mentee.id()).getFirst());
        }
    }

    @Test
    void seedingTheSameOrganizationAgainAddsNothing() {
        Map<String, Integer> before = checkInCounts();

        List<String> second = seed.seedOnce(organization, domain, World.PASSWORD);

        assertThat(logins).hasSize(11);
        assertThat(second).isEmpty();
        assertThat(checkInCounts()).isEqualTo(before);
        assertThat(mentorships.ofPerson(organization.id(), person("mentee1").id())).hasSize(1);
    }

    @Test
    void everyPairHasCompletedCheckInsInThePastAndExactlyOneScheduledInTheFuture() {
        Instant now = Instant.now();
        pairs.forEach((login, mentorship) -> {
            var overview = checkIns.overview(World.actor(person(login)), mentorship.id());
            List<CheckInListItem> all = new ArrayList<>(overview.upcoming());
            all.addAll(overview.past());
            assertThat(all).as(login).filteredOn(c -> c.status() == CheckInStatus.COMPLETED)
                    .hasSizeGreaterThanOrEqualTo(3)
                    .allMatch(c -> c.completedAt().isBefore(now));
            assertThat(all).as(login).filteredOn(c -> c.status() == CheckInStatus.SCHEDULED)
                    .singleElement().matches(c -> c.scheduledAt().isAfter(now));
        });
        var omar = checkIns.overview(World.actor(person("mentee3")), pairs.get("mentee3").id());
        assertThat(omar.past()).filteredOn(c -> c.status() == CheckInStatus.MISSED).hasSize(3);
    }

    @Test
    void theProgramDashboardShowsTheHistory() {
        Api lead = Api.at(port).as("lead@" + domain);
        String program = pairs.get("mentee1").programId().value().toString();

        JsonNode dashboard = lead.get("/api/v1/programs/" + program + "/insights").json();

        assertThat(dashboard.get("pairs").asInt()).isEqualTo(6);
        assertThat(dashboard.get("balance").get("review").asDouble()).isGreaterThan(0.3);
        assertThat(dashboard.get("balance").get("celebration").asDouble()).isGreaterThan(0);
        assertThat(dashboard.get("cadenceAdherence").asDouble()).isBetween(0.5, 0.99);
        assertThat(dashboard.get("pairsMissingInARow").asInt()).isEqualTo(1);
        assertThat(dashboard.get("goalAttainmentRate").asDouble()).isEqualTo(1.0);
        assertThat(dashboard.get("ratings").get("suppressed").asBoolean()).isFalse();
        assertThat(dashboard.get("ratings").get("clarity").asDouble()).isBetween(3.0, 5.0);
        assertThat(dashboard.get("risks").get("open").asInt()).isPositive();
    }

    @Test
    void thePairScorecardsTellEachPairsStory() {
        JsonNode sam = scorecard("mentee1");
        assertThat(sam.get("balance").get("celebration").asDouble()).isGreaterThan(0);
        assertThat(sam.get("cadenceAdherence").asDouble()).isEqualTo(1.0);
        assertThat(sam.get("autonomyTrend").get("direction").isNull()).as("the mentor's autonomy ratings are not the mentee's").isTrue();
        assertThat(Api.at(port).as("mentor1@" + domain).get("/api/v1/mentorships/" + pairs.get("mentee1").id() + "/insights").json()
                .get("autonomyTrend").get("direction").asString()).isEqualTo("RISING");
        assertThat(sam.get("signals").valueStream().map(s -> s.get("kind").asString())).doesNotContain("CELEBRATION_STARVED");

        JsonNode omar = scorecard("mentee3");
        assertThat(omar.get("cadenceAdherence").asDouble()).isLessThan(1.0);
        assertThat(omar.get("cadence").get("missedStreak").asInt()).isEqualTo(2);

        JsonNode ines = scorecard("mentee4");
        assertThat(ines.get("balance").get("celebration").asDouble()).isZero();
        assertThat(ines.get("signals").valueStream().map(s -> s.get("kind").asString())).contains("CELEBRATION_STARVED");

        JsonNode kofi = scorecard("mentee5");
        assertThat(kofi.get("goals").get("achieved").asInt()).isEqualTo(1);
    }

    @Test
    void thePublishedCelebrationIsVisibleToTheProgramLeadWithAStakeholdersWords() {
        Api lead = Api.at(port).as("lead@" + domain);

        JsonNode list = lead.get("/api/v1/celebrations").json().get("items");

        assertThat(list.valueStream().map(c -> c.get("milestoneTitle").asString())).contains("Five reviews that needed no second review");
        String milestone = list.valueStream().filter(c -> c.get("milestoneTitle").asString().startsWith("Five reviews"))
                .findFirst().orElseThrow().get("milestoneId").asString();
        Api.Response celebration = lead.get("/api/v1/milestones/" + milestone + "/celebration");
        assertThat(celebration.status()).isEqualTo(200);
        assertThat(celebration.body()).contains("Dana Whitfield").contains("PROGRAM");
    }

    private JsonNode scorecard(String mentee) {
        var response = Api.at(port).as(mentee + "@" + domain).get("/api/v1/mentorships/" + pairs.get(mentee).id() + "/insights");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private Map<String, Integer> checkInCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        pairs.forEach((login, m) -> {
            var overview = checkIns.overview(World.actor(person(login)), m.id());
            counts.put(login, overview.upcoming().size() + overview.past().size());
        });
        return counts;
    }

    private Person person(String login) {
        return people.findByEmail(organization.id(), login + "@" + domain).orElseThrow();
    }
}
