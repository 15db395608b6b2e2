package org.tandem.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.Links;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/**
 * Peer feedback by guest link: the pair asks a teammate, the teammate answers once without an account, and
 * the answer lands in the mentorship for the pair only. A program lead or an admin sees none of it (the
 * pair's own work, DESIGN rule 13): for them, as for anyone outside the pair, it does not exist.
 */
@Service
public class PeerFeedbackRequests {

    private final PeerFeedbackRepository repository;
    private final Mentorships mentorships;
    private final PeopleService people;
    private final FeedbackQuality quality;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Links links;

    PeerFeedbackRequests(PeerFeedbackRepository repository, Mentorships mentorships, PeopleService people, FeedbackQuality quality,
            ApplicationEventPublisher events, Clock clock, Links links) {
        this.repository = repository;
        this.mentorships = mentorships;
        this.people = people;
        this.quality = quality;
        this.events = events;
        this.clock = clock;
        this.links = links;
    }

    /**
     * A new request and its guest link, which is shown this once. At most {@link InvitationLimit#PER_DAY} per
     * mentorship in any 24 hours ({@link InvitationLimit.Exceeded} beyond), counted in the database so that several
     * instances agree.
     */
    public record Created(PeerFeedbackView request, String link) {
    }

    /**
     * What a guest may see: only what the invitation is about, the mentee's first name, and their own answer
     * while they may still change or withdraw it ({@code ownAnswer}, null otherwise).
     */
    public record Invitation(String menteeFirstName, String about, LocalDate dueOn, boolean answered, OwnAnswer ownAnswer) {
    }

    /** The guest's own answer, with the version a change is based on and the instant changes end. */
    public record OwnAnswer(String text, long version, Instant changeableUntil) {
    }

    /** The names of the pair, for the pages; only the pair gets them. */
    public record Pair(MentorshipId id, String mentorName, String menteeName) {
    }

    public Pair pair(Actor actor, MentorshipId id) {
        Mentorship mentorship = ofPair(actor, id);
        Map<UUID, String> names = people.names(actor.organizationId(), List.of(mentorship.mentorId().value(), mentorship.menteeId().value()));
        return new Pair(id, names.get(mentorship.mentorId().value()), names.get(mentorship.menteeId().value()));
    }

    @Transactional
    public Created create(Actor actor, MentorshipId mentorshipId, String email, String about, LocalDate dueOn) {
        Mentorship mentorship = ofPair(actor, mentorshipId);
        if (mentorship.status() != Mentorship.Status.ACTIVE) {
            throw new InvalidStateException("This mentorship has ended; it takes no new peer-feedback requests");
        }
        Instant now = clock.instant();
        InvitationLimit.waitBeforeNext(repository.createdSinceLocking(actor.organizationId(), mentorshipId, now.minus(InvitationLimit.WINDOW)), now)
                .ifPresent(wait -> {
                    throw new InvitationLimit.Exceeded(wait);
                });
        var token = GuestToken.issue(actor.organizationId());
        var request = PeerFeedbackRequest.open(new PeerFeedbackRequestId(Ids.next()), actor.organizationId(), mentorshipId,
                actor.personId(), new PeerFeedbackRequest.Draft(email, about, dueOn), pairEmails(mentorship), token.hash(),
                LocalDate.now(clock.withZone(actor.timeZone())), actor.timeZone(), now);
        repository.insert(request);
        String link = links.absolute(GuestFeedbackController.path(token.token()));
        events.publishEvent(new PeerFeedbackRequested(actor.organizationId(), mentorshipId, request.id(), request.email(),
                request.about(), request.dueOn(), link, now));
        return new Created(views(List.of(request), now).getFirst(), link);
    }

    public Page<PeerFeedbackView> list(Actor actor, MentorshipId mentorshipId, PageRequest page) {
        ofPair(actor, mentorshipId);
        var fetched = repository.ofMentorship(actor.organizationId(), mentorshipId, page);
        Page<PeerFeedbackRequest> requests = page.page(fetched, r -> r.id().value());
        return new Page<>(views(requests.items(), clock.instant()), requests.nextCursor());
    }

    public PeerFeedbackView get(Actor actor, MentorshipId mentorshipId, PeerFeedbackRequestId id) {
        ofPair(actor, mentorshipId);
        return views(List.of(find(actor, mentorshipId, id)), clock.instant()).getFirst();
    }

    @Transactional
    public PeerFeedbackView revoke(Actor actor, MentorshipId mentorshipId, PeerFeedbackRequestId id) {
        ofPair(actor, mentorshipId);
        Instant now = clock.instant();
        var revoked = find(actor, mentorshipId, id).revoke(now);
        if (!repository.update(revoked)) {
            throw new InvalidStateException("This request was answered or revoked meanwhile; reload to see it");
        }
        return views(List.of(revoked), now).getFirst();
    }

    /** The invitation behind a guest link, if the link is open or answered; unknown, revoked and expired links are empty alike. */
    public Optional<Invitation> invitation(String token) {
        Instant now = clock.instant();
        return byToken(token)
                .filter(r -> r.statusAt(now) == PeerFeedbackStatus.OPEN || r.statusAt(now) == PeerFeedbackStatus.ANSWERED)
                .map(r -> new Invitation(menteeFirstName(r), r.about(), r.dueOn(), r.statusAt(now) == PeerFeedbackStatus.ANSWERED,
                        ownAnswer(r, now)));
    }

    private OwnAnswer ownAnswer(PeerFeedbackRequest request, Instant now) {
        if (!request.answerChangeableAt(now)) {
            return null;
        }
        var stored = repository.answers(request.organizationId(), request.mentorshipId(), List.of(request.id().value()))
                .get(request.id().value());
        return stored == null ? null : new OwnAnswer(stored.text(), request.version(), request.expiresAt());
    }

    /**
     * The guest's one answer. Unknown, revoked and expired links are not found; an answered one is in the
     * wrong state; the text is required and at most {@link FeedbackQuality#MAX_LENGTH} characters. Findings
     * never stop an answer: the guest decides.
     */
    @Transactional
    public void answer(String token, FeedbackDraft draft) {
        Instant now = clock.instant();
        var request = byToken(token)
                .filter(r -> r.statusAt(now) == PeerFeedbackStatus.OPEN || r.statusAt(now) == PeerFeedbackStatus.ANSWERED)
                .orElseThrow(() -> new NotFoundException("Invitation", "behind this link"));
        var answered = request.answer(now);
        String text = answerText(draft);
        if (!repository.update(answered)) {
            throw new InvalidStateException("This request was answered meanwhile");
        }
        repository.insertAnswer(answered, Ids.next(), text, now);
        events.publishEvent(new PeerFeedbackGiven(request.organizationId(), request.mentorshipId(), request.id(), now));
    }

    /**
     * The guest rewrites their answer, until the link runs out (decision 0087). {@code version} is the request's
     * version the guest's page showed: a change made meanwhile (in another tab) is a {@link StaleVersionException}.
     */
    @Transactional
    public void reviseAnswer(String token, FeedbackDraft draft, long version) {
        Instant now = clock.instant();
        var request = visibleByToken(token, now);
        Versions.check("This feedback", OptionalLong.of(version), request.version());
        var revised = request.reviseAnswer(now);
        String text = answerText(draft);
        Versions.requireWritten(repository.update(revised), "This feedback", () -> version + 1);
        repository.reviseAnswer(revised, text, now);
    }

    /** The guest withdraws their answer, until the link runs out: it is deleted and the link takes an answer again. */
    @Transactional
    public void withdrawAnswer(String token, long version) {
        Instant now = clock.instant();
        var request = visibleByToken(token, now);
        Versions.check("This feedback", OptionalLong.of(version), request.version());
        var withdrawn = request.withdrawAnswer(now);
        Versions.requireWritten(repository.update(withdrawn), "This feedback", () -> version + 1);
        repository.deleteAnswer(withdrawn);
    }

    private PeerFeedbackRequest visibleByToken(String token, Instant now) {
        return byToken(token)
                .filter(r -> r.statusAt(now) == PeerFeedbackStatus.OPEN || r.statusAt(now) == PeerFeedbackStatus.ANSWERED)
                .orElseThrow(() -> new NotFoundException("Invitation", "behind this link"));
    }

    /** What the guest wrote: required, and at most {@link FeedbackQuality#MAX_LENGTH} characters. */
    private static String answerText(FeedbackDraft draft) {
        String text = draft.combined();
        if (text.isBlank()) {
            throw new InvalidInputException(FeedbackBox.TEXT, "is empty: write your feedback before sending it");
        }
        FeedbackQuality.requireCheckable(FeedbackBox.TEXT, text);
        return text;
    }

    /** Every request of a mentorship with its answer, for a person's data export (no actor: the caller decided). */
    List<PeerFeedbackView> allOf(org.tandem.people.OrganizationId organization, MentorshipId mentorship) {
        List<PeerFeedbackView> all = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            var fetched = page.page(repository.ofMentorship(organization, mentorship, page), r -> r.id().value());
            all.addAll(views(fetched.items(), clock.instant()));
            if (fetched.nextCursor() == null) {
                return all;
            }
            page = PageRequest.of(PageRequest.MAX_LIMIT, fetched.nextCursor());
        }
    }

    /** Whether a guest link may use the live check right now. */
    boolean acceptsAnswer(String token) {
        Instant now = clock.instant();
        return byToken(token).filter(r -> r.acceptsAnswerAt(now)).isPresent();
    }

    private Optional<PeerFeedbackRequest> byToken(String token) {
        return GuestToken.parse(token).flatMap(parsed -> repository.findByToken(parsed.organization(), parsed.hash()));
    }

    /** The pair only; everyone else, admins and program leads included, gets "not found". */
    private Mentorship ofPair(Actor actor, MentorshipId id) {
        Mentorship mentorship = mentorships.ofPairOrAdmin(actor, id);
        if (!mentorship.isPair(actor.personId())) {
            throw new NotFoundException("Mentorship", id);
        }
        return mentorship;
    }

    private PeerFeedbackRequest find(Actor actor, MentorshipId mentorshipId, PeerFeedbackRequestId id) {
        return repository.find(actor.organizationId(), mentorshipId, id).orElseThrow(() -> new NotFoundException("Peer-feedback request", id));
    }

    private List<String> pairEmails(Mentorship mentorship) {
        List<String> emails = new ArrayList<>();
        people.find(mentorship.organizationId(), mentorship.mentorId()).map(Person::email).ifPresent(emails::add);
        people.find(mentorship.organizationId(), mentorship.menteeId()).map(Person::email).ifPresent(emails::add);
        return emails;
    }

    private String menteeFirstName(PeerFeedbackRequest request) {
        return mentorships.find(request.organizationId(), request.mentorshipId())
                .flatMap(m -> people.find(m.organizationId(), m.menteeId()))
                .map(p -> p.displayName().strip().split("\\s+")[0])
                .orElse("your teammate");
    }

    private List<PeerFeedbackView> views(List<PeerFeedbackRequest> requests, Instant now) {
        if (requests.isEmpty()) {
            return List.of();
        }
        var organization = requests.getFirst().organizationId();
        var mentorship = requests.getFirst().mentorshipId();
        Set<UUID> inviters = new HashSet<>();
        requests.forEach(r -> inviters.add(r.invitedBy().value()));
        Map<UUID, String> names = people.names(organization, inviters);
        var answers = repository.answers(organization, mentorship, requests.stream()
                .filter(r -> r.status() == PeerFeedbackStatus.ANSWERED).map(r -> r.id().value()).toList());
        return requests.stream().map(r -> {
            var stored = answers.get(r.id().value());
            var answer = stored == null ? null
                    : new PeerFeedbackView.Answer(stored.text(), stored.givenAt(), stored.editedAt(), quality.check(stored.text()));
            return new PeerFeedbackView(r.id().value(), r.mentorshipId().value(), r.email(), r.about(), r.dueOn(), r.statusAt(now),
                    new PeerFeedbackView.Person(r.invitedBy().value(), names.get(r.invitedBy().value())), r.createdAt(), r.expiresAt(),
                    answer);
        }).toList();
    }
}
