package org.tandem.checkin.page;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tandem.checkin.CheckInView;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInRoutes;
import org.tandem.checkin.CheckInStatus;
import org.tandem.checkin.MilestoneLookup;
import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.actionplan.ActionItemRepository;
import org.tandem.checkin.actionplan.CarryOver;
import org.tandem.checkin.actionplan.Risk;
import org.tandem.checkin.actionplan.RiskRepository;
import org.tandem.checkin.CheckInView.CarriedOver;
import org.tandem.checkin.CheckInView.InterpretationView;
import org.tandem.checkin.CheckInView.MeasurementView;
import org.tandem.checkin.CheckInView.MilestoneView;
import org.tandem.checkin.CheckInView.ReviewView;
import org.tandem.checkin.CheckInView.SummaryView;
import org.tandem.checkin.record.CheckInContentRepository;
import org.tandem.checkin.record.FeedbackEntryRepository;
import org.tandem.checkin.record.GrowthAnswer;
import org.tandem.checkin.record.NoteRepository;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.session.CheckInRepository;
import org.tandem.checkin.summary.CheckInSummary;
import org.tandem.checkin.summary.SummaryContent;
import org.tandem.feedback.FeedbackQuality;
import org.tandem.goal.GoalService;
import org.tandem.goal.MeasurementChange;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.Pair;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.PersonId;
import org.tandem.program.Emphasis;
import org.tandem.program.Playbooks;
import org.tandem.program.Prompt;
import org.tandem.program.PromptLibrary;
import org.tandem.program.SectionKind;

/**
 * Gathers everything one check-in shows — the recap of earlier commitments, the pre-filled review, what was
 * recorded in it — for one reader. The rules come from the domain ({@link Review#since}, {@link CarryOver},
 * {@link Review#prefill}); this class only fetches their input and shapes the answer.
 */
@Component
public class CheckInReader {

    private final CheckInRepository checkIns;
    private final ActionItemRepository actionItems;
    private final RiskRepository risks;
    private final CheckInContentRepository content;
    private final FeedbackEntryRepository feedbackEntries;
    private final NoteRepository notes;
    private final GoalService goals;
    private final MilestoneLookup milestones;
    private final FeedbackQuality feedbackQuality;
    private final PeopleService people;
    private final Clock clock;
    private final PromptLibrary library = PromptLibrary.standard();
    private final Playbooks playbooks;

    CheckInReader(CheckInRepository checkIns, ActionItemRepository actionItems, RiskRepository risks, CheckInContentRepository content,
            FeedbackEntryRepository feedbackEntries, NoteRepository notes, GoalService goals, MilestoneLookup milestones, FeedbackQuality feedbackQuality, PeopleService people,
            Clock clock, Playbooks playbooks) {
        this.playbooks = playbooks;
        this.checkIns = checkIns;
        this.actionItems = actionItems;
        this.risks = risks;
        this.content = content;
        this.feedbackEntries = feedbackEntries;
        this.notes = notes;
        this.goals = goals;
        this.milestones = milestones;
        this.feedbackQuality = feedbackQuality;
        this.people = people;
        this.clock = clock;
    }

    /** What changed since the previous completed check-in, and the commitments still carried. */
    record Gathered(Instant since, Review review, CarryOver.Recap recap, List<MeasurementChange> measured,
                    List<MilestoneLookup.Reached> reached) {
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(now(), zone);
    }

    public Views views(OrganizationId organization, CheckIn checkIn, ZoneId zone) {
        return views(organization, checkIn.pair(), zone);
    }

    public Views views(OrganizationId organization, Pair pair, ZoneId zone) {
        return views(organization, Set.of(pair.mentor().value(), pair.mentee().value()), zone);
    }

    public Views views(OrganizationId organization, java.util.Collection<java.util.UUID> people, ZoneId zone) {
        return new Views(this.people.names(organization, people), today(zone));
    }

    Gathered gather(OrganizationId organization, CheckIn checkIn, Mentorship mentorship, LocalDate today) {
        return gather(organization, checkIn, mentorship, today, true, true);
    }

    /** As {@link #gather(OrganizationId, CheckIn, Mentorship, LocalDate)}, reading only for the recap and/or the review. */
    private Gathered gather(OrganizationId organization, CheckIn checkIn, Mentorship mentorship, LocalDate today, boolean forRecap,
            boolean forReview) {
        if (!forRecap && !forReview) {
            return new Gathered(null, new Review(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                    new CarryOver.Recap(List.of(), List.of()), List.of(), List.of());
        }
        Instant since = Review.since(checkIn, checkIns.outcomes(organization, mentorship.id()), mentorship.createdAt());
        // A check-in that is over is shown as it was: nothing planned after it ended belongs to it.
        Instant until = checkIn.completedAt() != null ? checkIn.completedAt() : now();
        List<ActionItem> earlierItems = actionItems.openOrClosedSince(organization, mentorship.id(), since).stream()
                .filter(i -> !i.createdAt().isAfter(until)).toList();
        List<Risk> earlierRisks = !forRecap ? List.of() : risks.openOrClosedSince(organization, mentorship.id(), since).stream()
                .filter(r -> !r.raisedAt().isAfter(until)).toList();
        var recap = CarryOver.recapFor(checkIn.id(), since, earlierItems, earlierRisks);
        List<MilestoneLookup.Reached> reached = forReview ? milestones.reachedSince(organization, mentorship.id(), since) : List.of();
        List<MeasurementChange> measured = forReview ? goals.measurementChangesSince(organization, mentorship.id(), since) : List.of();
        var review = Review.prefill(since,
                measured.stream()
                        .map(m -> new Review.MeasurementChange(m.goalId().value(), m.goalTitle(), m.before(), m.after())).toList(),
                earlierItems.stream().filter(i -> !i.createdIn().equals(checkIn.id())).toList(), today,
                reached.stream().map(m -> new Review.ReachedMilestone(m.goalId(), m.title(), m.reachedAt())).toList(),
                forReview ? content.observations(organization, mentorship.id(), since, until) : List.of());
        return new Gathered(since, review, recap, measured, reached);
    }

    /** Everything the check-in shows its reader: the page and {@code GET /api/v1/check-ins/{id}}. */
    public CheckInView view(Actor actor, CheckIn c, Mentorship mentorship) {
        return view(actor, c, mentorship, null);
    }

    /**
     * The check-in with only one part of its page read ({@link CheckInRoutes}' part ids), for an htmx answer that
     * swaps that part alone: the check-in, its agenda and the pair's names come with every part; what other parts
     * show is left empty. Not for the API: its answer is always the whole {@link #view}.
     */
    public CheckInView part(Actor actor, CheckIn c, Mentorship mentorship, String part) {
        return view(actor, c, mentorship, java.util.Objects.requireNonNull(part, "part"));
    }

    private CheckInView view(Actor actor, CheckIn c, Mentorship mentorship, String only) {
        java.util.function.Predicate<String> shows = part -> only == null || only.equals(part);
        OrganizationId organization = actor.organizationId();
        Views v = views(organization, c, actor.timeZone());
        Gathered g = gather(organization, c, mentorship, v.today(), shows.test(CheckInRoutes.RECAP_ID),
                shows.test(CheckInRoutes.OBSERVATIONS_ID) || shows.test(CheckInRoutes.WINS_ID));
        PersonId reader = actor.personId();
        Instant now = now();
        var interpretation = shows.test(CheckInRoutes.INTERPRETATION_ID) ? content.interpretation(organization, c.id())
                : new CheckInContentRepository.StoredInterpretation(org.tandem.checkin.record.Interpretation.EMPTY, 0, null, null);
        var state = c.state();
        return new CheckInView(c.id().value(), c.mentorshipId().value(), c.status(), c.scheduledAt(), c.durationMinutes(),
                c.startedAt(), c.completedAt(), state.missedAt(),
                state.cancellation() == null ? null : new CheckInView.Cancellation(v.person(state.cancellation().by()),
                        state.cancellation().reason(), state.cancellation().at()),
                only != null ? null : checkIns.origin(organization, c.id()).map(o -> playbookRef(organization, o)).orElse(null),
                v.person(c.pair().mentor()), v.person(c.pair().mentee()),
                c.agenda().sections().stream().map(s -> Views.section(s, c.agenda(), now)).toList(),
                c.agenda().currentKind(), c.agenda().currentSince(),
                new ReviewView(g.since(),
                        g.measured().stream().map(m -> new MeasurementView(m.goalId().value(), m.goalTitle(), m.unit(), m.before(), m.after(),
                                m.before() == null || m.after() == null ? null : m.after().subtract(m.before()))).toList(),
                        g.review().actionItemsDone().stream().map(i -> v.actionItem(i, null)).toList(),
                        g.review().actionItemsOpen().stream().map(i -> v.actionItem(i, null)).toList(),
                        g.review().actionItemsOverdue().stream().map(i -> v.actionItem(i, null)).toList(),
                        g.reached().stream().map(m -> new MilestoneView(m.id(), m.goalId(), m.title(), m.reachedAt(), m.celebrationPath()))
                                .toList(),
                        g.review().observations().stream().map(v::observation).toList()),
                new CarriedOver(g.recap().actionItems().stream().map(a -> v.actionItem(a.item(), a.disposition())).toList(),
                        g.recap().risks().stream().map(r -> v.risk(r.risk(), r.disposition())).toList()),
                new InterpretationView(interpretation.interpretation().worked(), interpretation.interpretation().didNotWork(),
                        interpretation.interpretation().why(), interpretation.version(), v.person(interpretation.updatedBy()),
                        interpretation.updatedAt()),
                !shows.test(CheckInRoutes.GROWTH_ID) ? List.of() : content.answers(organization, c.id()).stream().map(v::answer).toList(),
                !shows.test(CheckInRoutes.RISKS_ID) ? List.of() : risks.raisedIn(organization, c.id()).stream().map(r -> v.risk(r, null)).toList(),
                !shows.test(CheckInRoutes.FEEDBACK_ID) ? List.of() : feedback(organization, c.id(), reader, v),
                !shows.test(CheckInRoutes.ACTION_ITEMS_ID) ? List.of()
                        : actionItems.createdIn(organization, c.id()).stream().map(i -> v.actionItem(i, null)).toList(),
                !shows.test(CheckInRoutes.WINS_ID) ? List.of() : content.wins(organization, c.id()).stream().map(v::win).toList(),
                !shows.test(CheckInRoutes.NOTES_ID) ? List.of()
                        : notes.readableBy(organization, c.id(), reader).stream().map(n -> v.note(n, reader)).toList(),
                c.pair().isMentee(reader) && c.rating() != null ? new CheckInView.RatingView(c.rating().clarity(),
                        c.rating().usefulness(), c.rating().support(), c.rating().comment(), c.rating().ratedAt()) : null,
                c.pair().isMentor(reader) && c.autonomyRating() != null
                        ? new CheckInView.AutonomyView(c.autonomyRating().rating(), c.autonomyRating().ratedAt()) : null,
                c.rating() != null, c.autonomyRating() != null,
                only == null && c.status() == CheckInStatus.COMPLETED ? summary(organization, c.id(), reader, actor.timeZone()) : null,
                c.version(), shows.test(CheckInRoutes.TAKEAWAY_ID) ? takeaway(organization, c.id(), v) : NO_TAKEAWAY);
    }

    private static final CheckInView.TakeawayView NO_TAKEAWAY = new CheckInView.TakeawayView("", 0, null, null);

    /** The playbook version a check-in follows, named as its version was named. */
    CheckInView.PlaybookRef playbookRef(OrganizationId organization, CheckInRepository.Origin origin) {
        String name = playbooks.versionName(organization, origin.playbookId(), origin.playbookNumber()).orElse(null);
        return new CheckInView.PlaybookRef(origin.playbookId().value(), origin.playbookNumber(), name);
    }

    /** The takeaway of the Close section, for the page, the check-in JSON and the summary. */
    public CheckInView.TakeawayView takeaway(OrganizationId organization, CheckInId id, Views v) {
        var stored = content.takeaway(organization, id);
        return new CheckInView.TakeawayView(stored.takeaway().text(), stored.version(), v.person(stored.updatedBy()), stored.updatedAt());
    }

    /** Growth questions still open for a check-in: for the pair's emphasis first, without those answered or skipped. */
    public List<Prompt> openQuestions(OrganizationId organization, CheckInId checkIn, Emphasis emphasis) {
        Set<String> done = content.answers(organization, checkIn).stream().map(GrowthAnswer::promptId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        Set<String> skipped = content.skipped(organization, checkIn);
        return library.find(SectionKind.GROWTH, emphasis).stream()
                .filter(p -> !done.contains(p.id()) && !skipped.contains(p.id())).toList();
    }

    /** The stored summary with its held time written in the reader's zone ({@link CheckInSummary#forReader}). */
    public SummaryView summary(OrganizationId organization, CheckInId id, PersonId reader, ZoneId zone) {
        return checkIns.summary(organization, id, reader).map(s -> new SummaryView(id.value(),
                CheckInSummary.forReader(s.markdown(), zone), CheckInSummary.forReader(s.html(), zone), s.generatedAt())).orElse(null);
    }

    /** The check-in's feedback as the reader sees it; the earlier texts only of what the reader gave. */
    List<CheckInView.FeedbackView> feedback(OrganizationId organization, CheckInId checkIn, PersonId reader, Views v) {
        var mine = feedbackEntries.revisionsBy(organization, checkIn, reader);
        return feedbackEntries.feedback(organization, checkIn).stream()
                .map(f -> v.feedback(f, feedbackQuality, reader, mine.getOrDefault(f.id(), List.of()))).toList();
    }

    /**
     * What the summary of a check-in that just completed says. Only PAIR notes are read; {@link CheckInSummary}
     * filters again, so a private note cannot reach a summary by a mistake in one place.
     */
    public SummaryContent summaryContent(OrganizationId organization, CheckIn completed, Mentorship mentorship, ZoneId zone) {
        Views v = views(organization, completed, zone);
        Gathered g = gather(organization, completed, mentorship, v.today());
        List<String> celebrations = new ArrayList<>();
        g.reached().forEach(m -> celebrations.add("Milestone reached: " + m.title()));
        content.wins(organization, completed.id()).forEach(w -> celebrations.add(w.text()));
        List<Risk> ahead = risks.openOrClosedSince(organization, mentorship.id(), completed.completedAt()).stream()
                .filter(Risk::isOpen).toList();
        return new SummaryContent("Check-in of " + v.person(completed.pair().mentor()).displayName() + " and "
                + v.person(completed.pair().mentee()).displayName(), completed.startedAt(), g.review(),
                content.interpretation(organization, completed.id()).interpretation(),
                goals.revisionsBetween(organization, mentorship.id(), completed.startedAt(), completed.completedAt()).stream()
                        .map(r -> new SummaryContent.Adjustment(r.goalTitle(), r.rationale())).toList(),
                celebrations, ahead, actionItems.createdIn(organization, completed.id()),
                notes.pairNotes(organization, completed.id()), content.answers(organization, completed.id()),
                java.util.Map.of(completed.pair().mentor(), v.person(completed.pair().mentor()).displayName(),
                        completed.pair().mentee(), v.person(completed.pair().mentee()).displayName()),
                feedbackEntries.feedback(organization, completed.id()),
                content.takeaway(organization, completed.id()).takeaway().text());
    }
}
