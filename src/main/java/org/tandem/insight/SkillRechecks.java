package org.tandem.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.goal.GoalAchieved;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.shared.Ids;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;

/** Skill retention: a re-check scheduled when a LEARNING goal is achieved, answered later by the pair with evidence. */
@Service
public class SkillRechecks {

    private final SkillRecheckRepository rechecks;
    private final InsightReadModel read;
    private final InsightRollups rollups;
    private final Mentorships mentorships;
    private final InsightProperties properties;
    private final Clock clock;

    SkillRechecks(SkillRecheckRepository rechecks, InsightReadModel read, InsightRollups rollups, Mentorships mentorships,
            InsightProperties properties, Clock clock) {
        this.rechecks = rechecks;
        this.read = read;
        this.rollups = rollups;
        this.mentorships = mentorships;
        this.properties = properties;
        this.clock = clock;
    }

    /** In the transaction that achieved the goal: an OUTPUT goal is delivered once, a LEARNING goal is looked at again. */
    @EventListener
    void on(GoalAchieved achieved) {
        read.goal(achieved.goalId().value()).ifPresent(goal -> {
            if (!"LEARNING".equals(goal.kind())) {
                return;
            }
            LocalDate on = LocalDate.ofInstant(achieved.occurredAt(), ZoneOffset.UTC);
            LocalDate due = on.plusDays(Math.max(1, properties.retentionRecheckAfter().toDays()));
            rechecks.insertOnce(goal.organization(), new SkillRecheck(Ids.next(), achieved.mentorshipId(), achieved.goalId().value(),
                    goal.title(), on, due, null, null, null, null), achieved.occurredAt());
        });
    }

    /**
     * The pair's re-checks, for the pair only: they hold the evidence the pair wrote, which is the pair's like
     * everything said in their check-ins (decision 0070). Admins and leads: not found; they see the retention figures.
     */
    @Transactional(readOnly = true)
    public List<SkillRecheck> of(Actor actor, MentorshipId id) {
        Mentorship mentorship = mentorships.ofPairOrAdmin(actor, id);
        if (!mentorship.isPair(actor.personId())) {
            throw new NotFoundException("Mentorship", id);
        }
        return rechecks.ofMentorship(actor.organizationId(), mentorship.id());
    }

    @Transactional
    public SkillRecheck answer(Actor actor, UUID id, Boolean shownAgain, String evidence) {
        OrganizationId organization = actor.organizationId();
        SkillRecheck recheck = rechecks.find(organization, id).orElseThrow(() -> new NotFoundException("Skill re-check", id));
        Mentorship mentorship;
        try {
            mentorship = mentorships.visible(actor, recheck.mentorshipId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Skill re-check", id);
        }
        if (!mentorship.isPair(actor.personId())) {
            throw new NotAllowedException("Only the mentor and the mentee answer a skill re-check");
        }
        Instant now = clock.instant();
        SkillRecheck answered = recheck.answer(actor.personId(), shownAgain, evidence, LocalDate.ofInstant(now, actor.timeZone()), now);
        rechecks.answer(organization, answered);
        rollups.markDirty(mentorship.id());
        return answered;
    }

    LocalDate today(Actor actor) {
        return LocalDate.ofInstant(clock.instant(), actor.timeZone());
    }
}
