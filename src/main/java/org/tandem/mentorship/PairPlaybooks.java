package org.tandem.mentorship;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Actor;
import org.tandem.program.Playbook;
import org.tandem.program.PlaybookSection;
import org.tandem.program.Programs;
import org.tandem.program.Tailoring;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.Versions;

/**
 * The playbook each pair follows (decision 0086): its program's choice for the mentee (a variant by role and
 * seniority, else the program's own playbook), at the playbook's current version, tailored by the pair within the
 * limits the playbook sets. Check-ins copy {@link #of(Mentorship)}'s agenda when they are planned.
 */
@Service
public class PairPlaybooks {

    private final Mentorships mentorships;
    private final Programs programs;
    private final TailoringRepository tailorings;

    PairPlaybooks(Mentorships mentorships, Programs programs, TailoringRepository tailorings) {
        this.mentorships = mentorships;
        this.programs = programs;
        this.tailorings = tailorings;
    }

    /**
     * The playbook the mentorship follows now, with the agenda a check-in planned now copies. A tailoring made on
     * another playbook (the program chose a different one since) no longer applies.
     */
    public PairPlaybook of(Mentorship mentorship) {
        Playbook playbook = programs.playbookFor(programs.find(mentorship.organizationId(), mentorship.programId()), mentorship.menteeId());
        var stored = tailorings.find(mentorship.organizationId(), mentorship.id());
        long version = stored.map(TailoringRepository.Stored::version).orElse(0L);
        var applying = stored.filter(s -> s.playbookId().equals(playbook.id()));
        if (applying.isEmpty()) {
            return new PairPlaybook(mentorship.id(), playbook, playbook.sections(), Optional.empty(), version);
        }
        var s = applying.get();
        List<PlaybookSection> agenda = s.playbookNumber() == playbook.number() ? playbook.tailor(s.tailoring())
                : playbook.tailorAsFarAsItFits(s.tailoring());
        return new PairPlaybook(mentorship.id(), playbook, agenda,
                Optional.of(new PairPlaybook.Tailored(s.tailoring(), s.playbookNumber(), s.by(), s.at())), version);
    }

    /** For whoever may see the mentorship: the pair, its program's leads, admins. */
    public PairPlaybook visible(Actor actor, MentorshipId id) {
        return of(mentorships.visible(actor, id));
    }

    /**
     * The pair reshapes its agenda within the playbook's limits, on the version of its tailoring it read (0: none yet).
     * Check-ins already planned keep the agenda they copied; the next ones follow the tailoring.
     */
    @Transactional
    public PairPlaybook tailor(Actor actor, MentorshipId id, Tailoring tailoring, OptionalLong basedOn, Instant now) {
        Mentorship mentorship = mentorships.visible(actor, id);
        mentorship.pair().requireMember(actor.personId(), "tailor their playbook");
        if (mentorship.status() != Mentorship.Status.ACTIVE) {
            throw new InvalidStateException("This mentorship has ended; its playbook no longer changes");
        }
        PairPlaybook current = of(mentorship);
        Versions.check("The pair's tailoring", basedOn, current.version());
        current.playbook().tailor(tailoring);
        tailorings.save(mentorship.organizationId(), mentorship.id(), new TailoringRepository.Stored(current.playbook().id(),
                current.playbook().number(), tailoring, actor.personId(), now, current.version() + 1), current.version());
        return of(mentorship);
    }
}
