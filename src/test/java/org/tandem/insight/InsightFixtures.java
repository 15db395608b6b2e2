package org.tandem.insight;

import static org.tandem.db.Tables.CHECK_IN;
import static org.tandem.db.Tables.CHECK_IN_SECTION;
import static org.tandem.db.Tables.CHECK_IN_WIN;
import static org.tandem.db.Tables.OBSERVATION;
import static org.tandem.db.Tables.PLAYBOOK;
import static org.tandem.db.Tables.RISK;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonDraft;
import org.tandem.people.Role;
import org.tandem.program.Emphasis;
import org.tandem.shared.Ids;
import org.tandem.support.World;

/**
 * Past check-ins written straight into the check-in tables: insight reads history (minutes used per section,
 * ratings given weeks ago) that the check-in service, on the real clock, cannot produce in a test.
 */
public final class InsightFixtures {

    private final DSLContext dsl;
    private final ApplicationContext context;
    private final World world;

    public InsightFixtures(ApplicationContext context, World world) {
        this.dsl = context.getBean(DSLContext.class);
        this.context = context;
        this.world = world;
    }

    /** Minutes used per balance kind, wins recorded, and the mentee's rating (null: not rated). */
    public record Held(int reviewMinutes, int adjustMinutes, int celebrateMinutes, int wins, Integer rating, Integer autonomy) {
    }

    public UUID completed(Mentorship m, Instant scheduledAt, Held held) {
        UUID id = checkIn(m, scheduledAt, "COMPLETED", held.rating(), held.autonomy());
        section(id, 1, "REVIEW", held.reviewMinutes());
        section(id, 2, "ADJUST", held.adjustMinutes());
        section(id, 3, "CELEBRATE", held.celebrateMinutes());
        section(id, 4, "CLOSE", 5);
        for (int i = 0; i < held.wins(); i++) {
            dsl.insertInto(CHECK_IN_WIN).set(CHECK_IN_WIN.ID, Ids.next()).set(CHECK_IN_WIN.ORGANIZATION_ID, m.organizationId().value())
                    .set(CHECK_IN_WIN.CHECK_IN_ID, id).set(CHECK_IN_WIN.TEXT, "Shipped the first slice")
                    .set(CHECK_IN_WIN.AUTHOR_ID, m.mentorId().value()).set(CHECK_IN_WIN.RECORDED_AT, scheduledAt).execute();
        }
        // Dirty again now that its sections are there: a refresh by a test class running beside this one may have
        // computed the pair between the check-in's row and its sections (the application writes them in one transaction).
        context.getBean(InsightRollups.class).markDirty(m.id());
        return id;
    }

    public UUID missed(Mentorship m, Instant scheduledAt) {
        return checkIn(m, scheduledAt, "MISSED", null, null);
    }

    void observation(Mentorship m, UUID checkIn) {
        dsl.insertInto(OBSERVATION).set(OBSERVATION.ID, Ids.next()).set(OBSERVATION.ORGANIZATION_ID, m.organizationId().value())
                .set(OBSERVATION.MENTORSHIP_ID, m.id().value()).set(OBSERVATION.CHECK_IN_ID, checkIn).set(OBSERVATION.KIND, "METRIC")
                .set(OBSERVATION.TEXT, "Private words insight must never show").set(OBSERVATION.OBSERVED_ON, java.time.LocalDate.now())
                .set(OBSERVATION.AUTHOR_ID, m.mentorId().value()).set(OBSERVATION.RECORDED_AT, Instant.now()).execute();
    }

    void openRisk(Mentorship m, UUID checkIn, int likelihood, int impact) {
        Instant now = Instant.now();
        dsl.insertInto(RISK).set(RISK.ID, Ids.next()).set(RISK.ORGANIZATION_ID, m.organizationId().value())
                .set(RISK.MENTORSHIP_ID, m.id().value()).set(RISK.RAISED_IN, checkIn).set(RISK.DESCRIPTION, "Release freeze in May")
                .set(RISK.LIKELIHOOD, likelihood).set(RISK.IMPACT, impact).set(RISK.SUPPORT, "Plan the demo earlier")
                .set(RISK.OWNER_ID, m.menteeId().value()).set(RISK.STATUS, "OPEN").set(RISK.RAISED_BY, m.mentorId().value())
                .set(RISK.RAISED_AT, now).set(RISK.UPDATED_BY, m.mentorId().value()).set(RISK.UPDATED_AT, now).set(RISK.VERSION, 0L).execute();
    }

    /** Another mentee in the world's program, paired with the world's mentor. */
    Mentorship pairWithNewMentee(String team) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Person mentee = context.getBean(PeopleService.class).createUnchecked(world.organization().id(),
                new PersonDraft("mentee-" + tag + "@test.example", "Nia " + tag, Set.of(Role.MENTEE), team, "Engineer", "JUNIOR",
                        "Europe/Berlin", World.PASSWORD));
        return context.getBean(Mentorships.class).create(World.actor(world.lead()), new Mentorships.MentorshipDraft(world.program().id(),
                world.mentor().id(), mentee.id(), null, null, Instant.now().plus(3, ChronoUnit.DAYS), Emphasis.GENERAL));
    }

    public static Instant daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }

    /** A check-in in any status at a given time, written straight into the table (SCHEDULED ones too). */
    public UUID checkIn(Mentorship m, Instant scheduledAt, String status, Integer rating, Integer autonomy) {
        UUID id = Ids.next();
        int number = dsl.select(PLAYBOOK.CURRENT_VERSION).from(PLAYBOOK).where(PLAYBOOK.ID.eq(world.program().playbookId().value()))
                .fetchOne(PLAYBOOK.CURRENT_VERSION);
        boolean completed = "COMPLETED".equals(status);
        dsl.insertInto(CHECK_IN)
                .set(CHECK_IN.ID, id).set(CHECK_IN.ORGANIZATION_ID, m.organizationId().value()).set(CHECK_IN.MENTORSHIP_ID, m.id().value())
                .set(CHECK_IN.MENTOR_ID, m.mentorId().value()).set(CHECK_IN.MENTEE_ID, m.menteeId().value())
                .set(CHECK_IN.PLAYBOOK_ID, world.program().playbookId().value()).set(CHECK_IN.PLAYBOOK_NUMBER, number)
                .set(CHECK_IN.SCHEDULED_AT, scheduledAt).set(CHECK_IN.DURATION_MINUTES, 45).set(CHECK_IN.STATUS, status)
                .set(CHECK_IN.STARTED_AT, completed ? scheduledAt.plusSeconds(300) : null)
                .set(CHECK_IN.COMPLETED_AT, completed ? scheduledAt.plusSeconds(3000) : null)
                .set(CHECK_IN.MISSED_AT, completed ? null : scheduledAt.plus(1, ChronoUnit.DAYS))
                .set(CHECK_IN.RATING_CLARITY, rating).set(CHECK_IN.RATING_USEFULNESS, rating).set(CHECK_IN.RATING_SUPPORT, rating)
                .set(CHECK_IN.RATING_COMMENT, rating == null ? null : "A comment insight must never show")
                .set(CHECK_IN.RATED_AT, rating == null ? null : Instant.now())
                .set(CHECK_IN.AUTONOMY_RATING, autonomy).set(CHECK_IN.AUTONOMY_RATED_AT, autonomy == null ? null : Instant.now())
                .set(CHECK_IN.CREATED_AT, scheduledAt.minus(14, ChronoUnit.DAYS)).set(CHECK_IN.VERSION, 3L)
                .execute();
        context.getBean(InsightRollups.class).markDirty(m.id());
        return id;
    }

    private void section(UUID checkIn, int position, String kind, int minutes) {
        dsl.insertInto(CHECK_IN_SECTION).set(CHECK_IN_SECTION.CHECK_IN_ID, checkIn).set(CHECK_IN_SECTION.POSITION, position)
                .set(CHECK_IN_SECTION.ORGANIZATION_ID, world.organization().id().value()).set(CHECK_IN_SECTION.KIND, kind)
                .set(CHECK_IN_SECTION.TITLE, kind).set(CHECK_IN_SECTION.PLANNED_MINUTES, 10).set(CHECK_IN_SECTION.PROMPTS, "")
                .set(CHECK_IN_SECTION.USED_SECONDS, minutes * 60L).execute();
    }

}
