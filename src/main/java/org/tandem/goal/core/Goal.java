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
import org.tandem.goal.GoalEvent;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalProposed;
import org.tandem.goal.GoalRetired;
import org.tandem.goal.GoalRevised;
import org.tandem.goal.GoalRevisionId;
import org.tandem.goal.GoalRevisionProposed;
import org.tandem.goal.GoalRevisionWithdrawn;
import org.tandem.goal.GoalStatus;
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
    private final long version;
    private final List<GoalEvent> events;

    private Goal(GoalId id, MentorshipId mentorship, Pair pair, GoalTerms terms, GoalStatus status, Signature proposed, Signature agreed,
                 Signature closed, String retiredBecause, Achievement achievement, GoalRevisions revisions, long version,
                 List<GoalEvent> events) {
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
                GoalRevisions.none(), 0, List.of(event));
    }

    /** Rebuilds a stored goal; checks that the stored facts fit together rather than trusting the row. */
    static Goal restore(GoalId id, MentorshipId mentorship, Pair pair, GoalTerms terms, GoalStatus status, Signature proposed, Signature agreed,
                        Signature closed, String retiredBecause, Achievement achievement, GoalRevisions revisions, long version) {
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
                && revisions.all().stream().allMatch(r -> r.goalId().equals(id));
        if (!consistent) {
            throw new IllegalArgumentException("Stored goal " + id + " is " + status + " but its other facts say otherwise");
        }
        return new Goal(id, mentorship, pair, terms, status, proposed, agreed, closed, retiredBecause, achievement, revisions, version,
                List.of());
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
        return next(ACTIVE, terms, new Signature(party, now), null, null, null, revisions, event);
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
        return next(status, terms, agreed, closed, retiredBecause, proposal, revisions, event);
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
        return next(ACHIEVED, terms, agreed, signature, null, achievement, revisions.withdrawingPending(signature), event);
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
        return next(RETIRED, terms, agreed, signature, reason.strip(), null, revisions.withdrawingPending(signature), event);
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
        return next(status, terms, agreed, closed, retiredBecause, achievement, revisions.append(revision), event);
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
        return new Goal(id, mentorship, pair, terms, status, proposed, agreed, closed, retiredBecause, achievement, revisions, version,
                recorded);
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
    public long version() { return version; }
    /** What the transitions since loading caused, oldest first, for the caller to publish after saving. */
    List<GoalEvent> events() { return events; }
}
