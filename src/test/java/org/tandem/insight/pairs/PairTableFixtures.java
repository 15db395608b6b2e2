package org.tandem.insight.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.ACTION_ITEM;
import static org.tandem.insight.InsightFixtures.daysAgo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.tandem.insight.InsightFixtures;
import org.tandem.insight.InsightFixtures.Held;
import org.tandem.mentorship.Mentorship;
import org.tandem.people.Person;
import org.tandem.shared.Ids;
import org.tandem.support.Api;
import org.tandem.support.Bodies;
import org.tandem.support.World;

/**
 * Pairs in the states the table flags: past check-ins written into the tables (time has to have passed), goals and
 * milestones through the API as the pair would make them.
 */
final class PairTableFixtures {

    /** Held with time on review and adjustment, nothing celebrated, not rated. */
    static final Held PLAIN = new Held(20, 10, 0, 0, null, null);
    /** Held with time on all three, and rated. */
    static final Held RATED = new Held(20, 10, 10, 1, 4, null);

    final InsightFixtures checkIns;
    private final DSLContext dsl;
    private final int port;

    PairTableFixtures(ApplicationContext context, World world, int port) {
        this.checkIns = new InsightFixtures(context, world);
        this.dsl = context.getBean(DSLContext.class);
        this.port = port;
    }

    /** The two check-ins before now were due and missed. */
    void missedTwice(Mentorship m) {
        checkIns.completed(m, daysAgo(42), RATED);
        checkIns.missed(m, daysAgo(28));
        checkIns.missed(m, daysAgo(14));
    }

    /** Three check-ins that celebrated nothing, while a milestone of an active goal was reached. */
    void celebrationStarved(Mentorship m, Person mentee, Person mentor) {
        checkIns.completed(m, daysAgo(42), PLAIN);
        checkIns.completed(m, daysAgo(28), PLAIN);
        checkIns.completed(m, daysAgo(14), new Held(20, 10, 0, 0, 4, null));
        reachMilestone(m, mentee, mentor);
    }

    String activeGoal(Mentorship m, Person mentee, Person mentor) {
        var created = api(mentee).post("/api/v1/mentorships/" + m.id() + "/goals", Bodies.goal("Support satisfaction", LocalDate.now().plusDays(90)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String goal = created.json().get("id").asString();
        assertThat(api(mentor).post("/api/v1/goals/" + goal + "/agreement", "").status()).isEqualTo(200);
        return goal;
    }

    void reachMilestone(Mentorship m, Person mentee, Person mentor) {
        String goal = activeGoal(m, mentee, mentor);
        var planned = api(mentor).post("/api/v1/goals/" + goal + "/milestones", Api.json("{'title':'First review run by the team'}"));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        var reached = api(mentee).post("/api/v1/milestones/" + planned.json().get("id").asString() + "/reached",
                Api.json("{'evidence':'The team ran it without us'}"));
        assertThat(reached.status()).as(reached.toString()).isEqualTo(200);
    }

    /** An active goal whose flat measurements cannot reach its target by its due date. */
    void goalOffTrack(Mentorship m, Person mentee, Person mentor) {
        String goal = activeGoal(m, mentee, mentor);
        for (int daysAgo : new int[] {30, 20, 10, 0}) {
            var measured = api(mentee).post("/api/v1/goals/" + goal + "/measurements",
                    Api.json("{'value':41,'observedOn':'%s'}", LocalDate.now().minusDays(daysAgo)));
            assertThat(measured.status()).as(measured.toString()).isEqualTo(201);
        }
    }

    /** An action item of the pair, due on the day given, in a status. */
    void actionItem(Mentorship m, LocalDate dueOn, String status) {
        UUID checkIn = checkIns.completed(m, daysAgo(60), RATED);
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        dsl.insertInto(ACTION_ITEM).set(ACTION_ITEM.ID, Ids.next()).set(ACTION_ITEM.ORGANIZATION_ID, m.organizationId().value())
                .set(ACTION_ITEM.MENTORSHIP_ID, m.id().value()).set(ACTION_ITEM.CREATED_IN, checkIn)
                .set(ACTION_ITEM.TASK, "Private task text the table never shows").set(ACTION_ITEM.OWNER_ID, m.menteeId().value())
                .set(ACTION_ITEM.DUE_ON, dueOn).set(ACTION_ITEM.STATUS, status).set(ACTION_ITEM.CREATED_BY, m.mentorId().value())
                .set(ACTION_ITEM.CREATED_AT, now.toInstant()).set(ACTION_ITEM.UPDATED_BY, m.mentorId().value()).set(ACTION_ITEM.UPDATED_AT, now.toInstant())
                .set(ACTION_ITEM.VERSION, 0L).execute();
    }

    private Api api(Person person) {
        return Api.at(port).withTokenOf(person.email());
    }
}
