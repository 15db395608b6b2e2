package org.tandem.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonDraft;
import org.tandem.people.Role;
import org.tandem.program.Emphasis;
import org.tandem.shared.PageRequest;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PageClient;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/**
 * How many pairs a program has, as home and the program page say it: counted in the database over every pair the
 * reader may see, not the length of one page of them.
 */
@IntegrationTest
@PostgresRelevant
class ProgramPairCountIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Mentorships mentorships;

    World world;

    @BeforeEach
    void setUp() {
        world = World.create(context);
    }

    @Test
    void aProgramWithMoreThanOnePageOfPairsIsCountedInFullAndItsPageSaysWhereTheRestAre() {
        int added = formPairs(15, 14);
        int all = added + 2;
        assertThat(all).isGreaterThan(PageRequest.MAX_LIMIT);

        String home = PageClient.at(port).withBasic(world.lead().email()).get("/").body();
        String program = PageClient.at(port).withBasic(world.lead().email()).get("/programs/" + world.program().id()).body();

        assertThat(home).contains("<dt>Mentorships</dt><dd>" + all + "</dd>");
        assertThat(program).contains(all + " pairs")
                .contains("These are the first " + PageRequest.MAX_LIMIT + " of " + all + " pairs.")
                .contains("href=\"/programs/" + world.program().id() + "/pairs\">The pair table</a>");
    }

    @Test
    void eachReaderCountsOnlyThePairsTheyMaySee() {
        var program = List.of(world.program().id());

        assertThat(mentorships.countVisible(World.actor(world.admin()), program)).containsEntry(world.program().id(), 2);
        assertThat(mentorships.countVisible(World.actor(world.lead()), program)).containsEntry(world.program().id(), 2);
        assertThat(mentorships.countVisible(World.actor(world.mentor()), program)).as("a mentor: their own pair")
                .containsEntry(world.program().id(), 1);
        assertThat(mentorships.countVisible(World.actor(world.idleLead()), program)).as("a lead of another program")
                .containsEntry(world.program().id(), 0);
        assertThat(mentorships.countVisible(World.actor(World.create(context).admin()), program)).as("another organization's admin")
                .containsEntry(world.program().id(), 0);
    }

    @Test
    void aProgramWhosePairsAllFitOnThePageAddsNoHint() {
        String program = PageClient.at(port).withBasic(world.lead().email()).get("/programs/" + world.program().id()).body();

        assertThat(program).contains("2 pairs").doesNotContain("These are the first");
    }

    /** Forms mentors × mentees pairs in the world's program and returns how many. */
    private int formPairs(int mentorCount, int menteeCount) {
        PeopleService people = context.getBean(PeopleService.class);
        List<Person> mentors = new ArrayList<>();
        List<Person> mentees = new ArrayList<>();
        for (int i = 0; i < mentorCount; i++) {
            mentors.add(person(people, "mentor-" + i, Role.MENTOR));
        }
        for (int i = 0; i < menteeCount; i++) {
            mentees.add(person(people, "mentee-" + i, Role.MENTEE));
        }
        Instant firstAt = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        for (Person mentor : mentors) {
            for (Person mentee : mentees) {
                mentorships.create(World.actor(world.lead()), new Mentorships.MentorshipDraft(world.program().id(), mentor.id(), mentee.id(),
                        null, null, firstAt, Emphasis.GENERAL));
            }
        }
        return mentors.size() * mentees.size();
    }

    private Person person(PeopleService people, String login, Role role) {
        String domain = world.organization().slug() + ".example";
        return people.createUnchecked(world.organization().id(), new PersonDraft(login + "@" + domain, login, Set.of(role),
                null, null, "MID", "Europe/Berlin", World.PASSWORD));
    }
}
