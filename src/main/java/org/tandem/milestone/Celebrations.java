package org.tandem.milestone;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.feedback.FeedbackQuality;
import org.tandem.feedback.Finding;
import org.tandem.feedback.GuestToken;
import org.tandem.goal.Direction;
import org.tandem.goal.FollowUpGoal;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalKind;
import org.tandem.goal.GoalService;
import org.tandem.goal.GoalSummary;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.Mentorships;
import org.tandem.notify.MailTemplates;
import org.tandem.notify.NotificationKind;
import org.tandem.notify.Notifications;
import org.tandem.notify.WebhookEvents;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.program.Programs;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.Links;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/**
 * Celebration use cases. The pair publishes; the mentee decides who beyond the pair sees it ({@link CelebrationVisibility});
 * anyone outside what the mentee chose is told it does not exist. Stakeholders add their words by guest link.
 */
@Service
public class Celebrations {

    private final Milestones milestones;
    private final MilestoneRepository milestoneRepository;
    private final CelebrationRepository celebrations;
    private final Mentorships mentorships;
    private final Programs programs;
    private final PeopleService people;
    private final FeedbackQuality quality;
    private final GoalService goals;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Links urls;

    Celebrations(Milestones milestones, MilestoneRepository milestoneRepository, CelebrationRepository celebrations, Mentorships mentorships,
            Programs programs, PeopleService people, FeedbackQuality quality, GoalService goals, Notifications notifications,
            ApplicationEventPublisher events, Clock clock, Links urls) {
        this.milestones = milestones;
        this.milestoneRepository = milestoneRepository;
        this.celebrations = celebrations;
        this.mentorships = mentorships;
        this.programs = programs;
        this.people = people;
        this.quality = quality;
        this.goals = goals;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.urls = urls;
    }

    /** A stakeholder's guest link, shown to the pair once, when the celebration is published. */
    public record Link(String email, String link) implements java.io.Serializable {
    }

    record Published(CelebrationView celebration, List<Link> links) {
    }

    /** Publishes the celebration; {@code story} null means the story as it stands (edited, or drafted now). */
    @Transactional
    Published publish(Actor actor, MilestoneId id, Celebration.Draft draft, Story story) {
        return publish(actor, id, draft, story, clock.instant());
    }

    /** As {@link #publish(Actor, MilestoneId, Celebration.Draft, Story)}, at {@code now} (see {@link MilestoneBackfill}). */
    Published publish(Actor actor, MilestoneId id, Celebration.Draft draft, Story story, Instant now) {
        Milestones.Visible visible = milestones.visible(actor, id);
        visible.mentorship().pair().requireMember(actor.personId(), "celebrate their milestones");
        Milestone milestone = visible.milestone();
        if (!milestone.isReached()) {
            throw new InvalidStateException("Celebrate a milestone once it is reached; mark it reached with its evidence first");
        }
        if (celebrations.ofMilestone(actor.organizationId(), id).isPresent()) {
            throw new InvalidStateException("This milestone was already celebrated; open its celebration to add to it");
        }
        Story told = story != null ? story : milestones.story(actor, id).story();
        Celebration celebration = Celebration.publish(milestone, visible.mentorship().programId().value(), draft, told, actor.personId(),
                visible.mentorship().isMentee(actor.personId()), now);
        try {
            celebrations.insert(celebration);
        } catch (DuplicateKeyException e) {
            throw new InvalidStateException("This milestone was celebrated a moment ago; reload to see it");
        }
        String mentee = menteeName(actor.organizationId(), visible.mentorship());
        List<Link> links = new ArrayList<>();
        for (String email : draft.stakeholders()) {
            var token = GuestToken.issue(actor.organizationId());
            var invitation = StakeholderInvitation.open(Ids.next(), actor.organizationId(), celebration.id(), email, token.hash(), now);
            celebrations.insert(invitation);
            String link = urls.absolute(GuestCelebrationController.path(token.token()));
            var mail = MailTemplates.stakeholderInvitation(mentee, milestone.title(), link);
            notifications.enqueueMailTo(actor.organizationId(), email, NotificationKind.STAKEHOLDER_INVITATION, mail.subject(), mail.content(),
                    "stakeholder-invitation:" + invitation.id());
            links.add(new Link(email, link));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("celebrationId", celebration.id().toString());
        data.put("milestoneId", milestone.id().toString());
        data.put("goalId", milestone.goalId().toString());
        data.put("mentorshipId", milestone.mentorshipId().value().toString());
        data.put("visibility", celebration.visibility().name());
        data.put("createdAt", now.toString());
        notifications.enqueueWebhookEvent(actor.organizationId(), WebhookEvents.CELEBRATION_CREATED, data, "celebration-created:" + celebration.id());
        events.publishEvent(new CelebrationCreated(actor.organizationId(), celebration.id(), milestone.id(), milestone.mentorshipId(),
                celebration.visibility(), actor.personId(), now));
        return new Published(view(actor, milestone, celebration, visible.mentorship()), links);
    }

    @Transactional
    CelebrationView changeVisibility(Actor actor, MilestoneId id, CelebrationVisibility visibility, OptionalLong expectedVersion) {
        Seen seen = seen(actor, id);
        seen.mentorship().pair().requireMember(actor.personId(), "decide who sees the celebration");
        Versions.check("This celebration", expectedVersion, seen.celebration().version());
        Celebration changed = seen.celebration().withVisibility(visibility, seen.mentorship().isMentee(actor.personId()));
        Versions.requireWritten(celebrations.updateVisibility(changed), "This celebration", () -> seen.celebration().version() + 1);
        return get(actor, id);
    }

    /** Its author rewrites the recognition until it settles (decision 0090); version-checked like every change. */
    @Transactional
    CelebrationView changeRecognition(Actor actor, MilestoneId id, String text, OptionalLong expectedVersion) {
        Seen seen = seen(actor, id);
        seen.mentorship().pair().requireMember(actor.personId(), "change the recognition");
        Versions.check("This celebration", expectedVersion, seen.celebration().version());
        Celebration changed = seen.celebration().withRecognition(text, actor.personId(), clock.instant());
        Versions.requireWritten(celebrations.updateRecognition(changed), "This celebration", () -> seen.celebration().version() + 1);
        return get(actor, id);
    }

    /** Turns a next step into a proposed goal of the pair, once; answers the new goal's id. */
    @Transactional
    GoalId proposeNextStep(Actor actor, MilestoneId id, UUID stepId) {
        Seen seen = seen(actor, id);
        seen.mentorship().pair().requireMember(actor.personId(), "turn a next step into a goal");
        Celebration.NextStep step = seen.celebration().nextSteps().stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Next step", stepId));
        if (step.goalId() != null) {
            throw new InvalidStateException("This step was already proposed as a goal");
        }
        GoalSummary from = goals.summary(actor.organizationId(), seen.milestone().goalId(), milestones.today(actor)).orElseThrow();
        GoalId goal = goals.proposeFollowUp(actor, seen.mentorship().id(), followUp(step, from, milestones.today(actor)));
        if (!celebrations.linkGoal(actor.organizationId(), step.id(), step.version(), goal.value())) {
            throw new InvalidStateException("This step was proposed as a goal a moment ago");
        }
        return goal;
    }

    /** A complete, editable draft: the pair adjusts it before the other side agrees. */
    static FollowUpGoal followUp(Celebration.NextStep step, GoalSummary from, LocalDate today) {
        String title = step.description().length() > 200 ? step.description().substring(0, 199) + "…" : step.description();
        String relevance = "Follows from celebrating a milestone of “" + from.title() + "”";
        relevance = relevance.length() > 500 ? relevance.substring(0, 499) + "…" : relevance;
        String attainability = "Builds on what was just achieved; adjust the numbers before agreeing";
        LocalDate due = today.plusDays(90);
        BigDecimal latest = from.latest() != null ? from.latest() : from.target();
        return switch (step.kind()) {
            case EXPAND_SCOPE, OTHER -> {
                BigDecimal gap = from.target().subtract(from.baseline()).abs();
                BigDecimal target = from.direction() == Direction.INCREASE ? latest.add(gap) : latest.subtract(gap);
                yield new FollowUpGoal(title, step.description(), GoalKind.OUTPUT, from.indicatorName(), from.unit(), latest, target,
                        from.direction(), attainability, relevance, due);
            }
            case ADVANCED_LEARNING -> new FollowUpGoal(title, step.description(), GoalKind.LEARNING, "Self-assessed competence", "points of 5",
                    BigDecimal.ONE, new BigDecimal("4"), Direction.INCREASE, attainability, relevance, due);
            case MENTOR_OTHERS -> new FollowUpGoal(title, step.description(), GoalKind.LEARNING, "People mentored", "people", BigDecimal.ZERO,
                    BigDecimal.ONE, Direction.INCREASE, attainability, relevance, due);
        };
    }

    // ------------------------------------------------------------------- reads

    CelebrationView get(Actor actor, MilestoneId id) {
        Seen seen = seen(actor, id);
        return view(actor, seen.milestone(), seen.celebration(), seen.mentorship());
    }

    Optional<CelebrationView> find(Actor actor, MilestoneId id) {
        try {
            return Optional.of(get(actor, id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The celebrations the actor may see, newest first, optionally of one program (which they must be part of, or
     * administer). Being an admin widens nothing: an admin sees the celebrations the same rule as anyone gives them.
     */
    Page<CelebrationRepository.Listed> list(Actor actor, Optional<UUID> program, PageRequest page) {
        List<Mentorship> mine = mentorships.ofPerson(actor.organizationId(), actor.personId());
        Set<UUID> programIds = new HashSet<>();
        mine.forEach(m -> programIds.add(m.programId().value()));
        programs.visibleTo(actor).stream().filter(p -> p.isLedBy(actor.personId())).forEach(p -> programIds.add(p.id().value()));
        if (program.isPresent() && !actor.isAdmin() && !programIds.contains(program.get())) {
            throw new NotFoundException("Program", program.get());
        }
        var fetched = celebrations.candidates(actor.organizationId(), programIds, mine.stream().map(m -> m.id().value()).toList(), program, page);
        return page.page(fetched, CelebrationRepository.Listed::id);
    }

    // ------------------------------------------------------------------ guests

    /**
     * What a stakeholder's link shows: the milestone and the recognition, whether they answered, and their own words
     * while they may still change or withdraw them ({@code own}, null otherwise).
     */
    record GuestView(String menteeFirstName, String milestoneTitle, String recognition, boolean answered, OwnWords own) {
    }

    /** The guest's own words, with the version a change is based on and the instant changes end. */
    record OwnWords(String name, String words, long version, Instant changeableUntil) {
    }

    Optional<GuestView> invitation(String token) {
        Instant now = clock.instant();
        return byToken(token).filter(i -> i.showableAt(now)).flatMap(i -> celebrations.byId(i.organizationId(), i.celebrationId())
                .flatMap(c -> milestoneRepository.find(c.organizationId(), c.milestoneId())
                        .map(m -> new GuestView(mentorships.find(c.organizationId(), c.mentorshipId())
                                .map(ms -> Milestones.firstName(menteeName(c.organizationId(), ms))).orElse("your colleague"),
                                m.title(), c.recognition(), i.answered(), own(i, now)))));
    }

    private static OwnWords own(StakeholderInvitation i, Instant now) {
        return i.changeableAt(now) ? new OwnWords(i.authorName(), i.words(), i.version(), i.expiresAt()) : null;
    }

    @Transactional
    void answer(String token, String name, String words) {
        answer(token, name, words, clock.instant());
    }

    void answer(String token, String name, String words, Instant now) {
        StakeholderInvitation invitation = showable(token, now);
        StakeholderInvitation answered = invitation.answer(name, words, now);
        if (!celebrations.answer(answered)) {
            throw new InvalidStateException("These words were added a moment ago; the link takes one answer");
        }
    }

    /**
     * The guest rewrites their words, until their link runs out (decision 0090). {@code version} is the invitation's
     * version the guest's page showed: a change made meanwhile (in another tab) is a stale version.
     */
    @Transactional
    void revise(String token, String words, long version) {
        revise(token, words, version, clock.instant());
    }

    void revise(String token, String words, long version, Instant now) {
        StakeholderInvitation invitation = showable(token, now);
        Versions.check("These words", OptionalLong.of(version), invitation.version());
        Versions.requireWritten(celebrations.revise(invitation.revise(words, now)), "These words", () -> version + 1);
    }

    /** The guest withdraws their words, until their link runs out: they are cleared and the link takes an answer again. */
    @Transactional
    void withdraw(String token, long version) {
        withdraw(token, version, clock.instant());
    }

    void withdraw(String token, long version, Instant now) {
        StakeholderInvitation invitation = showable(token, now);
        Versions.check("These words", OptionalLong.of(version), invitation.version());
        Versions.requireWritten(celebrations.revise(invitation.withdraw(now)), "These words", () -> version + 1);
    }

    private StakeholderInvitation showable(String token, Instant now) {
        return byToken(token).filter(i -> i.showableAt(now)).orElseThrow(() -> new NotFoundException("Invitation", "behind this link"));
    }

    private Optional<StakeholderInvitation> byToken(String token) {
        return GuestToken.parse(token).flatMap(parsed -> celebrations.invitationByToken(parsed.organization(), parsed.hash()));
    }

    // ----------------------------------------------------------------- helpers

    private record Seen(Milestone milestone, Celebration celebration, Mentorship mentorship) {
    }

    /** The celebration if the actor may see it; for anyone outside its visibility it does not exist. */
    private Seen seen(Actor actor, MilestoneId id) {
        NotFoundException notFound = new NotFoundException("Celebration", id);
        Milestone milestone = milestoneRepository.find(actor.organizationId(), id).orElseThrow(() -> notFound);
        Celebration celebration = celebrations.ofMilestone(actor.organizationId(), id).orElseThrow(() -> notFound);
        Mentorship mentorship = mentorships.find(actor.organizationId(), milestone.mentorshipId()).orElseThrow(() -> notFound);
        if (!maysee(actor, celebration, mentorship)) {
            throw notFound;
        }
        return new Seen(milestone, celebration, mentorship);
    }

    /**
     * The mentee's choice is the whole rule (DESIGN rule 8, decision 0078): the pair always; {@code PROGRAM} adds the
     * program's leads and everyone paired in that program; {@code ORGANIZATION} everyone. Being an admin adds nothing.
     */
    boolean maysee(Actor actor, Celebration celebration, Mentorship mentorship) {
        if (!actor.organizationId().equals(celebration.organizationId())) {
            return false;
        }
        if (mentorship.isPair(actor.personId())) {
            return true;
        }
        return switch (celebration.visibility()) {
            case PAIR -> false;
            case ORGANIZATION -> true;
            case PROGRAM -> programs.find(actor.organizationId(), mentorship.programId()).isLedBy(actor.personId())
                    || mentorships.ofPerson(actor.organizationId(), actor.personId()).stream()
                            .anyMatch(m -> m.programId().equals(mentorship.programId()));
        };
    }

    private CelebrationView view(Actor actor, Milestone milestone, Celebration c, Mentorship mentorship) {
        OrganizationId organization = actor.organizationId();
        boolean pair = mentorship.isPair(actor.personId());
        Map<UUID, String> names = people.names(organization, List.of(mentorship.menteeId().value(), mentorship.mentorId().value(),
                c.createdBy().value()));
        String goalTitle = goals.summary(organization, milestone.goalId(), milestones.today(actor)).map(GoalSummary::title).orElse("");
        List<StakeholderInvitation> invitations = celebrations.invitations(organization, c.id());
        List<Finding> findings = quality.check(c.recognition());
        return new CelebrationView(c.id(), milestone.id().value(), milestone.goalId().value(), mentorship.id().value(), milestone.title(), goalTitle,
                names.get(mentorship.menteeId().value()), names.get(mentorship.mentorId().value()), c.recognition(), c.recognitionEditedAt(),
                c.recognitionChangeableBy(actor.personId(), clock.instant()) ? c.recognitionChangeableUntil() : null, findings,
                quality.highlight(c.recognition(), findings), c.story(),
                c.rewards().stream().map(r -> new CelebrationView.RewardView(r.kind().name(), r.description())).toList(),
                c.nextSteps().stream().map(s -> new CelebrationView.StepView(s.id(), s.kind().name(), s.description(), s.goalId())).toList(),
                pair ? invitations.stream().map(i -> new CelebrationView.StakeholderView(i.email(), i.answered())).toList() : List.of(),
                invitations.stream().filter(StakeholderInvitation::answered)
                        .map(i -> new CelebrationView.Words(i.authorName(), i.words(), i.answeredAt(), i.editedAt())).toList(),
                c.visibility(), c.createdAt(), names.get(c.createdBy().value()), c.version(), pair, mentorship.isMentee(actor.personId()));
    }

    private String menteeName(OrganizationId organization, Mentorship mentorship) {
        return people.find(organization, mentorship.menteeId()).map(p -> p.displayName()).orElse("Your colleague");
    }
}
