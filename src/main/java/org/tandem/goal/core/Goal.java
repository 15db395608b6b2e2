package org.tandem.goal.core;

import static org.tandem.goal.GoalStatus.ACHIEVED;
import static org.tandem.goal.GoalStatus.ACTIVE;
import static org.tandem.goal.GoalStatus.PROPOSED;
import static org.tandem.goal.GoalStatus.RETIRED;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.tandem.goal.FieldChange;
import org.tandem.goal.GoalAchieved;
import org.tandem.goal.GoalAchievementProposed;
import org.tandem.goal.GoalAchievementWithdrawn;
import org.tandem.goal.GoalAgreed;
import org.tandem.goal.GoalChangesAsked;
import org.tandem.goal.GoalChangesAsked.Subject;
import org.tandem.goal.GoalEvent;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalProposalChanged;
import org.tandem.goal.GoalProposed;
import org.tandem.goal.GoalRetired;
import org.tandem.goal.GoalRevised;
import org.tandem.goal.GoalRevisionId;
import org.tandem.goal.GoalRevisionProposed;
import org.tandem.goal.GoalRevisionWithdrawn;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.core.ChangeRequest.Answer;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

/**
 * A goal the pair works toward, with its revision history. Immutable: each transition first checks who may
 * make it (people outside the pair hear "not allowed" before anything about the goal's state), then the
 * status, and returns a new Goal carrying the event it caused, so a refused move leaves nothing half-done.
 * {@code version} is the one the goal was loaded at; the repository compares and bumps it on save.
 */
public final class Goal {

    private final GoalId id;
    private final MentorshipId mentorship;
    private final Pair pair;
    private final GoalTerms terms;
    private final GoalStatus status;
    private final Signature proposed;
    private final Signature agreed;          // null while proposed
    private final Signature closed;          // null until achieved or retired
    private final String retiredBecause;     // null unless retired
    private final Achievement achievement;   // null until one side proposes that the goal is achieved
    private final GoalRevisions revisions;
    private final List<ChangeRequest> changeRequests; // oldest first; at most one open per subject
    private final long version;
    private final List<GoalEvent> events;

    private Goal(GoalId id, MentorshipId mentorship, Pair pair, GoalTerms terms, GoalStatus status, Signature proposed, Signature agreed,
                 Signature closed, String retiredBecause, Achievement achievement, GoalRevisions revisions,
                 List<ChangeRequest> changeRequests, long version, List<GoalEvent> events) {
        this.id = id;
        this.mentorship = mentorship;
        this.pair = pair;
        this.terms = terms;
        this.status = status;
        this.proposed = proposed;
        this.agreed = agreed;
        this.closed = closed;
        this.retiredBecause = retiredBecause;
        this.achievement = achievement;
        this.revisions = revisions;
        this.changeRequests = List.copyOf(changeRequests);
        this.version = version;
        this.events = List.copyOf(events);
    }

    static Goal propose(GoalDraft draft, PersonId proposer, MentorshipId mentorship, Pair pair, Instant now) {
        pair.requireMember(proposer, "propose goals for this mentorship");
        List<FieldError> problems = new ArrayList<>(GoalTerms.problemsOf(draft));
        if (draft.dueOn() != null && !Deadlines.stillAhead(draft.dueOn(), now)) {
            problems.add(new FieldError(GoalTerms.DUE_ON, "The due date " + draft.dueOn() + " has to lie in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        GoalTerms terms = GoalTerms.from(draft);
        GoalId id = GoalId.next();
        var event = new GoalProposed(id, mentorship, proposer, pair.otherThan(proposer), now);
        return new Goal(id, mentorship, pair, terms, PROPOSED, new Signature(proposer, now), null, null, null, null,
                GoalRevisions.none(), List.of(), 0, List.of(event));
    }

    /** Rebuilds a stored goal; checks that the stored facts fit together rather than trusting the row. */
    static Goal restore(GoalId id, MentorshipId mentorship, Pair pair, GoalTerms terms, GoalStatus status, Signature proposed, Signature agreed,
                        Signature closed, String retiredBecause, Achievement achievement, GoalRevisions revisions,
                        List<ChangeRequest> changeRequests, long version) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentorship, "mentorship");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(revisions, "revisions");
        boolean consistent = (status == PROPOSED) == (agreed == null)
                && status.isClosed() == (closed != null)
                && (status == RETIRED) == (retiredBecause != null)
                && (status == ACTIVE || revisions.pending().isEmpty())
                && (achievement == null || status == ACTIVE || status == ACHIEVED)
                && revisions.all().stream().allMatch(r -> r.goalId().equals(id))
                && changeRequests.stream().noneMatch(r -> r.isOpen() && status.isClosed())
                && changeRequests.stream().noneMatch(r -> r.isOpen() && r.subject() == Subject.GOAL && status != PROPOSED);
        if (!consistent) {
            throw new IllegalArgumentException("Stored goal " + id + " is " + status + " but its other facts say otherwise");
        }
        return new Goal(id, mentorship, pair, terms, status, proposed, agreed, closed, retiredBecause, achievement, revisions,
                changeRequests, version, List.of());
    }

    Goal agree(PersonId party, Instant now) {
        pair.requireMember(party, "agree to this goal");
        requireStatus(PROPOSED, "agreed to");
        if (party.equals(proposed.by())) {
            throw new NotAllowedException("You proposed this goal, so it becomes active when your "
                    + pair.roleOf(pair.otherThan(party)) + " agrees to it");
        }
        if (!Deadlines.stillAhead(terms.dueOn(), now)) {
            throw new InvalidStateException("The due date " + terms.dueOn() + " passed before the goal was agreed; "
                    + "retire it and propose it again with a new date");
        }
        var event = new GoalAgreed(id, mentorship, proposed.by(), party, now);
        return next(ACTIVE, terms, new Signature(party, now), null, null, null, revisions, event)
                .answering(Subject.GOAL, new Signature(party, now), Answer.AGREED, List.of());
    }

    /**
     * One side says the goal is achieved; it stays ACTIVE until the other side agrees. A second proposal while one
     * waits is refused: the waiting one is agreed to or withdrawn first.
     */
    Goal proposeAchievement(PersonId by, String evidence, Instant now) {
        pair.requireMember(by, "propose that this goal is achieved");
        requireStatus(ACTIVE, "proposed as achieved");
        if (achievement != null) {
            throw new InvalidStateException(achievement.proposedBy().equals(by)
                    ? "You already proposed that this goal is achieved; it waits for your " + pair.roleOf(pair.otherThan(by))
                    : "Your " + pair.roleOf(achievement.proposedBy()) + " already proposed that this goal is achieved: agree to it or decline it");
        }
        var proposal = new Achievement(new Signature(by, now), evidence);
        var event = new GoalAchievementProposed(id, mentorship, by, pair.otherThan(by), now);
        return next(status, terms, agreed, closed, retiredBecause, proposal, revisions, event)
                .answering(Subject.ACHIEVEMENT, new Signature(by, now), Answer.PROPOSED_AGAIN, List.of());
    }

    /**
     * The other side agrees that the goal is achieved: it closes, signed by whoever agreed, and the proposal stays
     * on record. An open revision is withdrawn, as nobody can agree to change a goal that is reached.
     */
    Goal agreeAchievement(PersonId party, Instant now) {
        pair.requireMember(party, "agree that this goal is achieved");
        requireStatus(ACTIVE, "agreed as achieved");
        if (achievement == null) {
            throw new InvalidStateException("Nobody proposed that this goal is achieved yet; propose it first");
        }
        if (party.equals(achievement.proposedBy())) {
            throw new NotAllowedException("You proposed that this goal is achieved, so it needs the agreement of your "
                    + pair.roleOf(pair.otherThan(party)));
        }
        Signature signature = new Signature(party, now);
        var event = new GoalAchieved(id, mentorship, party, now);
        return next(ACHIEVED, terms, agreed, signature, null, achievement, revisions.withdrawingPending(signature), event)
                .answeringAll(signature, Answer.CLOSED);
    }

    /** Either side may withdraw the proposal: the proposer changing their mind, or the other side declining. */
    Goal withdrawAchievement(PersonId by, Instant now) {
        pair.requireMember(by, "withdraw the proposal that this goal is achieved");
        requireStatus(ACTIVE, "changed");
        if (achievement == null) {
            throw new InvalidStateException("Nobody proposed that this goal is achieved, so there is nothing to withdraw");
        }
        var event = new GoalAchievementWithdrawn(id, mentorship, achievement.proposedBy(), by, now);
        return next(status, terms, agreed, closed, retiredBecause, null, revisions, event);
    }

    /** Retiring also withdraws an open revision: nobody can agree to change a goal that is no longer pursued. */
    Goal retire(PersonId by, String reason, Instant now) {
        pair.requireMember(by, "retire this goal");
        if (status.isClosed()) {
            throw new InvalidStateException("This goal is already " + status + " and cannot be retired");
        }
        if (Text.isBlank(reason)) {
            throw new InvalidInputException("reason", "Say why the goal is retired; the reason stays with the goal");
        }
        Signature signature = new Signature(by, now);
        var event = new GoalRetired(id, mentorship, by, reason.strip(), now);
        return next(RETIRED, terms, agreed, signature, reason.strip(), null, revisions.withdrawingPending(signature), event)
                .answeringAll(signature, Answer.CLOSED);
    }

    Goal proposeRevision(GoalChanges changes, String rationale, RevisionContext context, boolean resetCadence,
                         PersonId by, Instant now) {
        pair.requireMember(by, "propose changes to this goal");
        requireStatus(ACTIVE, "revised");
        revisions.pending().ifPresent(open -> {
            throw new InvalidStateException("Revision #" + open.number() + " still waits for agreement; "
                    + "agree to it or withdraw it before proposing another");
        });
        GoalRevision revision = GoalRevision.propose(id, revisions.nextNumber(), terms, changes, rationale, context,
                resetCadence, new Signature(by, now));
        var event = new GoalRevisionProposed(id, mentorship, revision.id(), revision.number(), by, pair.otherThan(by), now);
        return next(status, terms, agreed, closed, retiredBecause, achievement, revisions.append(revision), event)
                .answering(Subject.REVISION, new Signature(by, now), Answer.PROPOSED_AGAIN, List.of());
    }

    /** The goal changes only here, and the deadline is checked again because time has passed since the proposal. */
    Goal applyRevision(GoalRevisionId revisionId, PersonId party, Instant now) {
        pair.requireMember(party, "agree to changes of this goal");
        GoalRevision revision = revisions.find(revisionId);
        revision.requireStillProposed();
        if (party.equals(revision.proposedBy())) {
            throw new NotAllowedException("You proposed revision #" + revision.number() + ", so it needs the agreement of your "
                    + pair.roleOf(pair.otherThan(party)));
        }
        requireStatus(ACTIVE, "revised");
        GoalTerms revised = terms.revisedBy(revision.changes());
        if (revision.changes().movesDueDate() && !Deadlines.stillAhead(revised.dueOn(), now)) {
            throw new InvalidStateException("The proposed due date " + revised.dueOn() + " is no longer in the future; "
                    + "withdraw this revision and propose a new date");
        }
        List<FieldChange> fieldChanges = terms.changesTo(revised);
        GoalRevision applied = revision.applied(new Signature(party, now), fieldChanges);
        var event = new GoalRevised(id, mentorship, applied.id(), applied.number(), fieldChanges, applied.rationale(),
                applied.resetCadence(), applied.proposedBy(), party, now);
        return next(status, revised, agreed, closed, retiredBecause, achievement, revisions.deciding(applied), event);
    }

    /** Either side may withdraw: the proposer changing their mind, or the other side declining. */
    Goal withdrawRevision(GoalRevisionId revisionId, PersonId by, Instant now) {
        pair.requireMember(by, "withdraw changes of this goal");
        GoalRevision withdrawn = revisions.find(revisionId).withdrawn(new Signature(by, now));
        var event = new GoalRevisionWithdrawn(id, mentorship, withdrawn.id(), withdrawn.number(), withdrawn.proposedBy(), by, now);
        return next(status, terms, agreed, closed, retiredBecause, achievement, revisions.deciding(withdrawn), event);
    }

    // ------------------------------------------------------------------ asking for changes (decision 0094)

    /**
     * The side who may agree to the proposed goal sends it back with a comment instead: it stays PROPOSED, and its
     * proposer changes it ({@link #changeProposal}) or retires it. Only one request waits at a time.
     */
    Goal askChangesToGoal(PersonId by, String comment, Instant now) {
        pair.requireMember(by, "ask for changes to this goal");
        requireStatus(PROPOSED, "sent back with changes asked");
        if (by.equals(proposed.by())) {
            throw new NotAllowedException("You proposed this goal, so you change it yourself; asking for changes is for your "
                    + pair.roleOf(pair.otherThan(by)));
        }
        requireNoOpenRequest(Subject.GOAL, by);
        ChangeRequest request = ChangeRequest.ask(Subject.GOAL, null, proposed.by(), new Signature(by, now), comment);
        var event = new GoalChangesAsked(id, mentorship, Subject.GOAL, null, by, proposed.by(), now);
        return next(status, terms, agreed, closed, retiredBecause, achievement, revisions, event).adding(request);
    }

    /**
     * The proposer answers a request for changes by changing the proposed goal: the same rules as proposing, and it
     * waits again for the other side. Only while a request is open: before that the terms are what was proposed.
     */
    Goal changeProposal(GoalChanges changes, PersonId by, Instant now) {
        pair.requireMember(by, "change this proposed goal");
        requireStatus(PROPOSED, "changed as a proposal");
        if (!by.equals(proposed.by())) {
            throw new NotAllowedException("Only who proposed this goal changes it; ask for changes instead");
        }
        if (openRequest(Subject.GOAL).isEmpty()) {
            throw new InvalidStateException("Nobody asked for changes to this goal; it waits for your "
                    + pair.roleOf(pair.otherThan(by)) + " to agree as it is");
        }
        if (changes == null || changes.isEmpty()) {
            throw new InvalidInputException(GoalRevision.CHANGES, "Name at least one field of the goal to change");
        }
        List<FieldError> problems = GoalTerms.problemsOf(terms.toDraft().with(changes));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        GoalTerms changed = terms.revisedBy(changes);
        List<FieldChange> fieldChanges = terms.changesTo(changed);
        if (fieldChanges.isEmpty()) {
            throw new InvalidInputException(GoalRevision.CHANGES, "Every value equals the current one, so nothing would change");
        }
        if (!Deadlines.stillAhead(changed.dueOn(), now)) {
            throw new InvalidInputException(GoalTerms.DUE_ON, "The due date " + changed.dueOn() + " has to lie in the future");
        }
        List<String> fields = fieldChanges.stream().map(FieldChange::field).toList();
        var event = new GoalProposalChanged(id, mentorship, by, pair.otherThan(by), fields, now);
        return next(status, changed, agreed, closed, retiredBecause, achievement, revisions, event)
                .answering(Subject.GOAL, new Signature(by, now), Answer.CHANGED, fields);
    }

    /**
     * The side who may agree to a revision sends it back with a comment: the revision is set aside (declined, nothing
     * changes) and its proposer proposes a new one. History keeps both, and the comment between them.
     */
    Goal askChangesToRevision(GoalRevisionId revisionId, PersonId by, String comment, Instant now) {
        pair.requireMember(by, "ask for changes to a revision of this goal");
        GoalRevision revision = revisions.find(revisionId);
        revision.requireStillProposed();
        if (by.equals(revision.proposedBy())) {
            throw new NotAllowedException("You proposed revision #" + revision.number() + ", so you change it yourself: withdraw it "
                    + "and propose another; asking for changes is for your " + pair.roleOf(pair.otherThan(by)));
        }
        requireStatus(ACTIVE, "revised");
        Signature asked = new Signature(by, now);
        ChangeRequest request = ChangeRequest.ask(Subject.REVISION, revisionId, revision.proposedBy(), asked, comment);
        var event = new GoalChangesAsked(id, mentorship, Subject.REVISION, revisionId, by, revision.proposedBy(), now);
        return next(status, terms, agreed, closed, retiredBecause, achievement, revisions.deciding(revision.withdrawn(asked)), event)
                .adding(request);
    }

    /** The same for a proposed achievement: the proposal is set aside, the goal stays ACTIVE, the comment stays on record. */
    Goal askChangesToAchievement(PersonId by, String comment, Instant now) {
        pair.requireMember(by, "ask for changes to the proposal that this goal is achieved");
        requireStatus(ACTIVE, "changed");
        if (achievement == null) {
            throw new InvalidStateException("Nobody proposed that this goal is achieved, so there is nothing to send back");
        }
        if (by.equals(achievement.proposedBy())) {
            throw new NotAllowedException("You proposed that this goal is achieved; withdraw it if you changed your mind. "
                    + "Asking for changes is for your " + pair.roleOf(pair.otherThan(by)));
        }
        ChangeRequest request = ChangeRequest.ask(Subject.ACHIEVEMENT, null, achievement.proposedBy(), new Signature(by, now), comment);
        var event = new GoalChangesAsked(id, mentorship, Subject.ACHIEVEMENT, null, by, achievement.proposedBy(), now);
        return next(status, terms, agreed, closed, retiredBecause, null, revisions, event).adding(request);
    }

    /**
     * The proposer of a revision or achievement that was sent back lets it go: they will not propose it again in reply,
     * so the request stops waiting on them (and leaves their home page); it stays in the goal's history. A proposed goal
     * sent back is not let go but changed or retired: until then it is still a proposal.
     */
    Goal letGo(java.util.UUID requestId, PersonId by, Instant now) {
        pair.requireMember(by, "let a proposal of this goal go");
        ChangeRequest request = changeRequests.stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new org.tandem.shared.NotFoundException("Change request", requestId));
        if (!request.isOpen()) {
            throw new InvalidStateException("This request for changes was already answered");
        }
        if (!by.equals(request.proposedBy())) {
            throw new NotAllowedException("You asked for these changes; only who proposed it lets the proposal go");
        }
        if (request.subject() == Subject.GOAL) {
            throw new InvalidStateException("A proposed goal is not let go: change it, or retire it if it should not be pursued");
        }
        return replacing(r -> r.id().equals(requestId), new Signature(by, now), Answer.LET_GO, List.of());
    }

    private void requireNoOpenRequest(Subject subject, PersonId by) {
        if (openRequest(subject).isPresent()) {
            throw new InvalidStateException("You already asked for changes; they wait for your " + pair.roleOf(pair.otherThan(by)));
        }
    }

    /** The request of this subject still waiting for its answer, if any. */
    public Optional<ChangeRequest> openRequest(Subject subject) {
        return changeRequests.stream().filter(r -> r.isOpen() && r.subject() == subject).findFirst();
    }

    private Goal adding(ChangeRequest request) {
        List<ChangeRequest> grown = new ArrayList<>(changeRequests);
        grown.add(request);
        return new Goal(id, mentorship, pair, terms, status, proposed, agreed, closed, retiredBecause, achievement, revisions, grown,
                version, events);
    }

    private Goal answering(Subject subject, Signature by, Answer how, List<String> fields) {
        return replacing(r -> r.isOpen() && r.subject() == subject, by, how, fields);
    }

    private Goal answeringAll(Signature by, Answer how) {
        return replacing(ChangeRequest::isOpen, by, how, List.of());
    }

    private Goal replacing(java.util.function.Predicate<ChangeRequest> which, Signature by, Answer how, List<String> fields) {
        if (changeRequests.stream().noneMatch(which)) {
            return this;
        }
        List<ChangeRequest> updated = changeRequests.stream().map(r -> which.test(r) ? r.answered(by, how, fields) : r).toList();
        return new Goal(id, mentorship, pair, terms, status, proposed, agreed, closed, retiredBecause, achievement, revisions, updated,
                version, events);
    }

    /** Measurements continue after ACHIEVED so a demonstrated skill can be re-checked later. */
    Measurement recordMeasurement(BigDecimal value, LocalDate observedOn, String note, PersonId by, Instant now, LocalDate today) {
        pair.requireMember(by, "record measurements for this goal");
        if (status != ACTIVE && status != ACHIEVED) {
            throw new InvalidStateException("Measurements are recorded for agreed goals; this one is " + status);
        }
        return Measurement.record(id, value, observedOn, note, new Signature(by, now), today);
    }

    /**
     * Before/after per field: as recorded for an applied revision; for a pending one, against the goal as it stands
     * (it cannot change while the revision waits); a withdrawn revision changed nothing.
     */
    public List<FieldChange> changesOf(GoalRevision r) {
        return switch (r.status()) {
            case APPLIED -> r.fieldChanges();
            case WITHDRAWN -> List.of();
            case PROPOSED -> {
                try {
                    yield terms.changesTo(terms.revisedBy(r.changes()));
                } catch (InvalidInputException stale) {
                    yield List.of();
                }
            }
        };
    }

    private void requireStatus(GoalStatus required, String what) {
        if (status != required) {
            throw new InvalidStateException("Only a " + required + " goal can be " + what + "; this one is " + status);
        }
    }

    private Goal next(GoalStatus status, GoalTerms terms, Signature agreed, Signature closed, String retiredBecause,
                      Achievement achievement, GoalRevisions revisions, GoalEvent event) {
        List<GoalEvent> recorded = new ArrayList<>(events);
        recorded.add(event);
        return new Goal(id, mentorship, pair, terms, status, proposed, agreed, closed, retiredBecause, achievement, revisions,
                changeRequests, version, recorded);
    }
    public GoalId id() { return id; }
    public MentorshipId mentorshipId() { return mentorship; }
    public Pair pair() { return pair; }
    public GoalTerms terms() { return terms; }
    public GoalStatus status() { return status; }
    public PersonId proposedBy() { return proposed.by(); }
    public Instant proposedAt() { return proposed.at(); }
    public Optional<PersonId> agreedBy() { return Optional.ofNullable(agreed).map(Signature::by); }
    public Optional<Instant> agreedAt() { return Optional.ofNullable(agreed).map(Signature::at); }
    /** Who achieved or retired the goal, and when. */
    public Optional<Signature> closed() { return Optional.ofNullable(closed); }
    public Optional<String> retiredBecause() { return Optional.ofNullable(retiredBecause); }
    /** The proposal that the goal is achieved: waiting while ACTIVE, agreed once ACHIEVED. */
    public Optional<Achievement> achievement() { return Optional.ofNullable(achievement); }
    /** Oldest first, withdrawn proposals included. */
    public List<GoalRevision> revisions() { return revisions.all(); }
    public Optional<GoalRevision> pendingRevision() { return revisions.pending(); }
    /** Every request for changes, oldest first, answered ones included (decision 0094). */
    public List<ChangeRequest> changeRequests() { return changeRequests; }
    public long version() { return version; }
    /** What the transitions since loading caused, oldest first, for the caller to publish after saving. */
    List<GoalEvent> events() { return events; }
}
