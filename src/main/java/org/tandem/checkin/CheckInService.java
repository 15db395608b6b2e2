package org.tandem.checkin;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.checkin.CheckInView.PersonRef;
import org.tandem.checkin.CheckInView.SummaryView;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.program.Playbook;
import org.tandem.program.Playbooks;
import org.tandem.program.Programs;
import org.tandem.program.SectionKind;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/**
 * Running check-ins: scheduling one with its agenda copied from the program's current playbook version, starting,
 * timing the sections, completing it (which writes the summary), cancelling or moving it, and the two ratings
 * afterwards. Each change is saved on the version it was based on and its events are published in the same
 * transaction.
 */
@Service
public class CheckInService {

    private final CheckInAccess access;
    private final CheckInRepository checkIns;
    private final CheckInReader reader;
    private final Programs programs;
    private final Playbooks playbooks;
    private final ApplicationEventPublisher events;

    CheckInService(CheckInAccess access, CheckInRepository checkIns, CheckInReader reader, Programs programs, Playbooks playbooks,
            ApplicationEventPublisher events) {
        this.access = access;
        this.checkIns = checkIns;
        this.reader = reader;
        this.programs = programs;
        this.playbooks = playbooks;
        this.events = events;
    }

    /** A mentorship's check-ins for a page: the next ones first, then the past ones, newest first. */
    public record Overview(MentorshipId mentorshipId, PersonRef mentor, PersonRef mentee, boolean canSchedule,
                           int defaultDurationMinutes, Instant suggestedAt, List<CheckInListItem> upcoming,
                           List<CheckInListItem> past) {
    }

    @Transactional
    public CheckInView schedule(Actor actor, MentorshipId mentorshipId, Instant scheduledAt, Integer durationMinutes) {
        Mentorship mentorship = access.mentorship(actor, mentorshipId);
        if (!mentorship.isPair(actor.personId())) {
            throw new NotAllowedException("Only the mentor and the mentee schedule their check-ins");
        }
        if (mentorship.status() != Mentorship.Status.ACTIVE) {
            throw new InvalidStateException("This mentorship has ended; no more check-ins can be scheduled");
        }
        OrganizationId organization = actor.organizationId();
        Playbook playbook = playbooks.get(organization, programs.find(organization, mentorship.programId()).playbookId());
        List<AgendaSection> agenda = playbook.sections().stream()
                .map(s -> AgendaSection.planned(s.kind(), s.title(), s.minutes(), s.prompts())).toList();
        Instant now = reader.now();
        CheckIn checkIn = CheckIn.schedule(mentorship.id(), new Pair(mentorship.mentorId(), mentorship.menteeId()), scheduledAt,
                durationMinutes == null ? mentorship.cadence().durationMinutes() : durationMinutes, agenda, now);
        checkIns.insert(organization, checkIn, new CheckInRepository.Origin(playbook.id(), playbook.number()), now);
        checkIn.events().forEach(events::publishEvent);
        return reader.view(actor, checkIns.find(organization, checkIn.id()).orElseThrow(), mentorship);
    }

    public CheckInView get(Actor actor, CheckInId id) {
        var visible = access.checkIn(actor, id);
        return reader.view(actor, visible.checkIn(), visible.mentorship());
    }

    public Page<CheckInListItem> list(Actor actor, MentorshipId mentorshipId, PageRequest page) {
        Mentorship mentorship = access.mentorship(actor, mentorshipId);
        return page.page(checkIns.page(actor.organizationId(), mentorship.id(), page).stream().map(CheckInListItem::of).toList(),
                CheckInListItem::id);
    }

    public Overview overview(Actor actor, MentorshipId mentorshipId) {
        Mentorship mentorship = access.mentorship(actor, mentorshipId);
        List<CheckIn> all = checkIns.ofMentorship(actor.organizationId(), mentorship.id());
        Views names = reader.views(actor.organizationId(), new Pair(mentorship.mentorId(), mentorship.menteeId()), actor.timeZone());
        Instant now = reader.now();
        Instant suggested = mentorship.cadence().nextAt().isAfter(now) ? mentorship.cadence().nextAt()
                : all.stream().map(CheckIn::scheduledAt).max(Instant::compareTo).filter(at -> at.isAfter(now))
                     .map(at -> at.plus(java.time.Duration.ofDays(mentorship.cadence().intervalDays())))
                     .orElse(now.plus(java.time.Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS));
        return new Overview(mentorship.id(), names.person(mentorship.mentorId()), names.person(mentorship.menteeId()),
                mentorship.isPair(actor.personId()) && mentorship.status() == Mentorship.Status.ACTIVE,
                mentorship.cadence().durationMinutes(), suggested,
                all.stream().filter(c -> !c.status().isFinal()).map(CheckInListItem::of).toList(),
                all.reversed().stream().filter(c -> c.status().isFinal()).map(CheckInListItem::of).toList());
    }

    @Transactional
    public CheckInView start(Actor actor, CheckInId id, OptionalLong basedOn) {
        return change(actor, id, basedOn, c -> c.start(actor.personId(), reader.now()));
    }

    /** Completing stops the clock, writes the summary from what the check-in holds now, and stores it. */
    @Transactional
    public CheckInView complete(Actor actor, CheckInId id, OptionalLong basedOn) {
        var visible = access.checkIn(actor, id);
        Versions.check("This check-in", basedOn, visible.checkIn().version());
        CheckIn completed = visible.checkIn().complete(actor.personId(), reader.now());
        CheckIn saved = checkIns.update(actor.organizationId(), completed);
        SummaryContent content = reader.summaryContent(actor.organizationId(), saved, visible.mentorship(), actor.timeZone());
        checkIns.saveSummary(actor.organizationId(), saved.id(), CheckInSummary.markdown(content), CheckInSummary.html(content),
                saved.completedAt());
        completed.events().forEach(events::publishEvent);
        return reader.view(actor, saved, visible.mentorship());
    }

    @Transactional
    public CheckInView cancel(Actor actor, CheckInId id, String reason, OptionalLong basedOn) {
        return change(actor, id, basedOn, c -> c.cancel(actor.personId(), reason, reader.now()));
    }

    @Transactional
    public CheckInView reschedule(Actor actor, CheckInId id, Instant newAt, OptionalLong basedOn) {
        return change(actor, id, basedOn, c -> c.reschedule(newAt, actor.personId(), reader.now()));
    }

    @Transactional
    public CheckInView beginSection(Actor actor, CheckInId id, SectionKind kind, OptionalLong basedOn) {
        return change(actor, id, basedOn, c -> c.beginSection(kind, actor.personId(), reader.now()));
    }

    @Transactional
    public CheckInView nextSection(Actor actor, CheckInId id, OptionalLong basedOn) {
        return change(actor, id, basedOn, c -> c.advanceSection(actor.personId(), reader.now()));
    }

    /** Sets the time a section took (a correction); it never adds, so sending it twice changes nothing. */
    @Transactional
    public CheckInView recordTime(Actor actor, CheckInId id, SectionKind kind, long seconds, OptionalLong basedOn) {
        return change(actor, id, basedOn, c -> c.recordTimeUsed(kind, seconds, actor.personId(), reader.now()));
    }

    @Transactional
    public CheckInView rate(Actor actor, CheckInId id, Integer clarity, Integer usefulness, Integer support, String comment) {
        return change(actor, id, OptionalLong.empty(), c -> c.rate(actor.personId(), clarity, usefulness, support, comment, reader.now()));
    }

    @Transactional
    public CheckInView rateAutonomy(Actor actor, CheckInId id, Integer rating) {
        return change(actor, id, OptionalLong.empty(), c -> c.rateAutonomy(actor.personId(), rating, reader.now()));
    }

    /** The summary written at completion: the same for both people, and never holding a private note. */
    public SummaryView summary(Actor actor, CheckInId id) {
        var visible = access.checkIn(actor, id);
        if (visible.checkIn().status() != CheckInStatus.COMPLETED) {
            throw new InvalidStateException("The summary is written when the check-in is completed; this one is "
                    + visible.checkIn().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        return reader.summary(actor.organizationId(), id);
    }

    /** For the scheduler: scheduled check-ins nobody started within the grace period are recorded as missed. */
    @Transactional
    public int markMissed(OrganizationId organization) {
        Instant now = reader.now();
        List<CheckIn> overdue = checkIns.scheduledBefore(organization, now.minus(CheckIn.MISSED_GRACE));
        for (CheckIn checkIn : overdue) {
            CheckIn missed = checkIn.markMissed(now);
            checkIns.update(organization, missed);
            missed.events().forEach(events::publishEvent);
        }
        return overdue.size();
    }

    private CheckInView change(Actor actor, CheckInId id, OptionalLong basedOn, UnaryOperator<CheckIn> transition) {
        var visible = access.checkIn(actor, id);
        Versions.check("This check-in", basedOn, visible.checkIn().version());
        CheckIn changed = transition.apply(visible.checkIn());
        CheckIn saved = changed == visible.checkIn() ? changed : checkIns.update(actor.organizationId(), changed);
        changed.events().forEach(events::publishEvent);
        return reader.view(actor, saved, visible.mentorship());
    }
}
