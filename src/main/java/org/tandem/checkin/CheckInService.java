package org.tandem.checkin;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.checkin.page.CheckInReader;
import org.tandem.checkin.CheckInView.PersonRef;
import org.tandem.checkin.CheckInView.SummaryView;
import org.tandem.checkin.page.Views;
import org.tandem.checkin.session.AgendaSection;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.session.CheckInAccess;
import org.tandem.checkin.session.CheckInMessages;
import org.tandem.checkin.session.CheckInRepository;
import org.tandem.checkin.summary.CheckInSummary;
import org.tandem.checkin.summary.SummaryContent;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.PairPlaybook;
import org.tandem.mentorship.PairPlaybooks;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
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
    private final PairPlaybooks pairPlaybooks;
    private final CheckInMessages messages;

    CheckInService(CheckInAccess access, CheckInRepository checkIns, CheckInReader reader, PairPlaybooks pairPlaybooks,
            CheckInMessages messages) {
        this.access = access;
        this.checkIns = checkIns;
        this.reader = reader;
        this.pairPlaybooks = pairPlaybooks;
        this.messages = messages;
    }

    /**
     * A mentorship's check-ins for a page: the next ones first, then the past ones, newest first. {@code forThePair}: the
     * reader may open them; an admin sees when the pair meets, not the check-ins themselves ({@link PairContent}).
     */
    public record Overview(MentorshipId mentorshipId, PersonRef mentor, PersonRef mentee, boolean forThePair, boolean canSchedule,
                           int defaultDurationMinutes, Instant suggestedAt, List<CheckInListItem> upcoming,
                           List<CheckInListItem> past) {
    }

    @Transactional
    public CheckInView schedule(Actor actor, MentorshipId mentorshipId, Instant scheduledAt, Integer durationMinutes, Instant now) {
        Mentorship mentorship = access.mentorship(actor, mentorshipId);
        if (!mentorship.isPair(actor.personId())) {
            throw new NotAllowedException("Only the mentor and the mentee schedule their check-ins");
        }
        if (mentorship.status() != Mentorship.Status.ACTIVE) {
            throw new InvalidStateException("This mentorship has ended; no more check-ins can be scheduled");
        }
        CheckIn stored = scheduleFor(mentorship, scheduledAt, durationMinutes == null ? mentorship.cadence().durationMinutes() : durationMinutes,
                now);
        return reader.view(actor, stored, mentorship);
    }

    /**
     * Schedules a check-in of the mentorship with the agenda of its program's current playbook, and writes what that
     * tells others (events, the {@code checkin.scheduled} webhook). Who may ask is the caller's business: a person
     * through {@link #schedule}, or the cadence planner.
     */
    public CheckIn scheduleFor(Mentorship mentorship, Instant scheduledAt, int durationMinutes, Instant now) {
        OrganizationId organization = mentorship.organizationId();
        // The pair's playbook: its program's choice for the mentee, tailored by the pair (mentorship.PairPlaybooks).
        PairPlaybook pairPlaybook = pairPlaybooks.of(mentorship);
        var playbook = pairPlaybook.playbook();
        List<AgendaSection> agenda = pairPlaybook.agenda().stream()
                .map(s -> AgendaSection.planned(s.kind(), s.title(), s.minutes(), s.prompts())).toList();
        CheckIn checkIn = CheckIn.schedule(mentorship.id(), mentorship.pair(), scheduledAt,
                durationMinutes, agenda, now);
        checkIns.insert(organization, checkIn, new CheckInRepository.Origin(playbook.id(), playbook.number()), now);
        CheckIn stored = checkIns.find(organization, checkIn.id()).orElseThrow();
        messages.publish(organization, stored, checkIn.events());
        return stored;
    }

    /** The check-in as its reader sees it, read in one read-only transaction. */
    @Transactional(readOnly = true)
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
        Views names = reader.views(actor.organizationId(), mentorship.pair(), actor.timeZone());
        Instant now = reader.now();
        Instant suggested = mentorship.cadence().nextAt().isAfter(now) ? mentorship.cadence().nextAt()
                : all.stream().map(CheckIn::scheduledAt).max(Instant::compareTo).filter(at -> at.isAfter(now))
                     .map(at -> at.plus(java.time.Duration.ofDays(mentorship.cadence().intervalDays())))
                     .orElse(now.plus(java.time.Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS));
        return new Overview(mentorship.id(), names.person(mentorship.mentorId()), names.person(mentorship.menteeId()),
                mentorship.isPair(actor.personId()),
                mentorship.isPair(actor.personId()) && mentorship.status() == Mentorship.Status.ACTIVE,
                mentorship.cadence().durationMinutes(), suggested,
                all.stream().filter(c -> !c.status().isFinal()).map(CheckInListItem::of).toList(),
                all.reversed().stream().filter(c -> c.status().isFinal()).map(CheckInListItem::of).toList());
    }

    @Transactional
    public CheckInView start(Actor actor, CheckInId id, OptionalLong basedOn, Instant now) {
        return change(actor, id, basedOn, c -> c.start(actor.personId(), now));
    }

    /** Completing stops the clock, writes the summary from what the check-in holds now, and stores it. */
    @Transactional
    public CheckInView complete(Actor actor, CheckInId id, OptionalLong basedOn, Instant now) {
        var visible = access.checkIn(actor, id);
        Versions.check("This check-in", basedOn, visible.checkIn().version());
        CheckIn completed = visible.checkIn().complete(actor.personId(), now);
        CheckIn saved = checkIns.update(actor.organizationId(), completed);
        SummaryContent content = reader.summaryContent(actor.organizationId(), saved, visible.mentorship(), actor.timeZone());
        checkIns.saveSummary(actor.organizationId(), saved.id(), CheckInSummary.markdown(content), CheckInSummary.html(content),
                saved.completedAt());
        messages.publish(actor.organizationId(), saved, completed.events());
        return view(actor, new Saved(saved, visible.mentorship()));
    }

    @Transactional
    public CheckInView cancel(Actor actor, CheckInId id, String reason, OptionalLong basedOn, Instant now) {
        return change(actor, id, basedOn, c -> c.cancel(actor.personId(), reason, now));
    }

    @Transactional
    public CheckInView reschedule(Actor actor, CheckInId id, Instant newAt, OptionalLong basedOn, Instant now) {
        return change(actor, id, basedOn, c -> c.reschedule(newAt, actor.personId(), now));
    }

    @Transactional
    public CheckInView beginSection(Actor actor, CheckInId id, SectionKind kind, OptionalLong basedOn, Instant now) {
        return view(actor, agendaMoved(actor, apply(actor, id, basedOn, c -> c.beginSection(kind, actor.personId(), now)), null));
    }

    @Transactional
    public CheckInView nextSection(Actor actor, CheckInId id, OptionalLong basedOn, Instant now) {
        return view(actor, agendaMoved(actor, apply(actor, id, basedOn, c -> c.advanceSection(actor.personId(), now)), null));
    }

    /**
     * {@link #nextSection} once at each of the instants, in order, stored once: the pair clicking through the agenda,
     * for the demo seed ({@link CheckInBackfill#nextSections}).
     */
    @Transactional
    public void nextSections(Actor actor, CheckInId id, List<Instant> instants) {
        agendaMoved(actor, apply(actor, id, OptionalLong.empty(), c -> {
            CheckIn moved = c;
            for (Instant at : instants) {
                moved = moved.advanceSection(actor.personId(), at);
            }
            return moved;
        }), null);
    }

    /** Sets the time a section took (a correction); it never adds, so sending it twice changes nothing. */
    @Transactional
    public CheckInView recordTime(Actor actor, CheckInId id, SectionKind kind, long seconds, OptionalLong basedOn, Instant now) {
        return view(actor, agendaMoved(actor, apply(actor, id, basedOn, c -> c.recordTimeUsed(kind, seconds, actor.personId(), now)),
                kind.name()));
    }

    @Transactional
    public CheckInView rate(Actor actor, CheckInId id, Integer clarity, Integer usefulness, Integer support, String comment, Instant now) {
        return change(actor, id, OptionalLong.empty(), c -> c.rate(actor.personId(), clarity, usefulness, support, comment, now));
    }

    @Transactional
    public CheckInView rateAutonomy(Actor actor, CheckInId id, Integer rating, Instant now) {
        return change(actor, id, OptionalLong.empty(), c -> c.rateAutonomy(actor.personId(), rating, now));
    }

    /** The summary written at completion: the same for both people, and never holding a private note. */
    public SummaryView summary(Actor actor, CheckInId id) {
        var visible = access.checkIn(actor, id);
        if (visible.checkIn().status() != CheckInStatus.COMPLETED) {
            throw new InvalidStateException("The summary is written when the check-in is completed; this one is "
                    + visible.checkIn().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        return reader.summary(actor.organizationId(), id, actor.personId(), actor.timeZone());
    }

    /** For the scheduler: scheduled check-ins nobody started within the grace period by {@code now} are recorded as missed. */
    @Transactional
    public int markMissed(OrganizationId organization, Instant now, java.time.Duration grace) {
        List<CheckIn> overdue = checkIns.scheduledBefore(organization, now.minus(grace));
        for (CheckIn checkIn : overdue) {
            markMissed(organization, checkIn, now, grace);
        }
        return overdue.size();
    }

    /** One check-in; a person who started it meanwhile wins (the update fails on its version and nothing changes). */
    public void markMissed(OrganizationId organization, CheckIn checkIn, Instant now, java.time.Duration grace) {
        CheckIn missed = checkIn.markMissed(now, grace);
        CheckIn saved = checkIns.update(organization, missed);
        messages.publish(organization, saved, missed.events());
    }

    /** The cadence moved: the check-in follows it, without a person asking. */
    public void followCadence(OrganizationId organization, CheckIn checkIn, Instant newAt, int durationMinutes, Instant now) {
        CheckIn moved = checkIn.followCadence(newAt, durationMinutes, now);
        if (moved != checkIn) {
            messages.publish(organization, checkIns.update(organization, moved), moved.events());
        }
    }

    public Instant now() {
        return reader.now();
    }

    /** A check-in as stored after a change, with the mentorship it was checked against. */
    record Saved(CheckIn checkIn, Mentorship mentorship) {
    }

    private CheckInView change(Actor actor, CheckInId id, OptionalLong basedOn, UnaryOperator<CheckIn> transition) {
        return view(actor, apply(actor, id, basedOn, transition));
    }

    private Saved apply(Actor actor, CheckInId id, OptionalLong basedOn, UnaryOperator<CheckIn> transition) {
        var visible = access.checkIn(actor, id);
        Versions.check("This check-in", basedOn, visible.checkIn().version());
        CheckIn changed = transition.apply(visible.checkIn());
        CheckIn saved = changed == visible.checkIn() ? changed : checkIns.update(actor.organizationId(), changed);
        messages.publish(actor.organizationId(), saved, changed.events());
        return new Saved(saved, visible.mentorship());
    }

    /** The agenda bar changed (a section begun, moved on, its time set): the other person's open page fetches it again. */
    private Saved agendaMoved(Actor actor, Saved saved, String item) {
        messages.partChanged(saved.checkIn().id(), CheckInRoutes.AGENDA_ID, item, actor.personId(), false);
        return saved;
    }

    private CheckInView view(Actor actor, Saved saved) {
        return reader.view(actor, saved.checkIn(), saved.mentorship());
    }
}
