package org.tandem.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.mentorship.Attention;
import org.tandem.mentorship.AttentionSource;
import org.tandem.mentorship.Mentorship;
import org.tandem.people.Actor;

/**
 * What milestones ask of a person on the home page: one reached longer ago than
 * {@code tandem.milestones.celebration-due-after} and not celebrated yet — the same nudge the pair's page shows.
 */
@Component
class MilestoneAttention implements AttentionSource {

    private final MilestoneRepository milestones;
    private final Milestones service;

    MilestoneAttention(MilestoneRepository milestones, Milestones service) {
        this.milestones = milestones;
        this.service = service;
    }

    @Override
    public List<Attention> attentionFor(Actor actor, List<Mentorship> mine, Instant now) {
        List<Attention> found = new ArrayList<>();
        Instant reachedBefore = now.minus(service.celebrationDueAfter());
        for (Mentorship mentorship : mine) {
            for (var row : milestones.uncelebratedReachedBefore(actor.organizationId(), mentorship.id(), reachedBefore)) {
                Milestone m = row.milestone();
                found.add(Attention.on(mentorship.id(), Attention.Urgency.WAITING, "Reached, not celebrated yet: " + m.title(),
                        LocalDate.ofInstant(m.reachedAt(), actor.timeZone()), "Celebrate", CelebrationController.form(m.id())));
            }
        }
        return found;
    }
}
