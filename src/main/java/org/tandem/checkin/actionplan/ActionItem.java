package org.tandem.checkin.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.tandem.checkin.CheckInId;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.support.CalendarDays;
import org.tandem.checkin.support.InputCheck;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidStateException;

/**
 * A concrete commitment made in a check-in: a task, an owner, a due date, what it needs, and optionally the
 * goal it should move. It stays OPEN — and keeps showing up in each next recap — until someone marks it done,
 * drops it with a reason, or re-plans it; it never just disappears.
 */
public record ActionItem(UUID id, MentorshipId mentorshipId, Pair pair, CheckInId createdIn, String task, PersonId owner,
                  LocalDate dueOn, List<Resource> resources, UUID goalId, Status status, Instant createdAt,
                  Closure closure, Replan lastReplan, long version) {

    static final int MAX_TASK = 500;
    static final int MAX_RESOURCES = 10;
    static final int MAX_REASON = 1000;

    public enum Status { OPEN, DONE, DROPPED }

    /** The most recent change of due date, so the recap can say "moved from … to …". */
    public record Replan(LocalDate from, LocalDate to, PersonId by, Instant at) {
    }

    public ActionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        resources = List.copyOf(resources);
        if ((status == Status.OPEN) != (closure == null)) {
            throw new IllegalArgumentException("An open item has no closure and a closed one has one");
        }
    }

    public static ActionItem plan(CheckIn checkIn, ActionItemDraft draft, PersonId by, Instant now) {
        checkIn.requireContributor(by);
        Optional<String> vague = ConcreteTask.problemWith(draft.task());
        var check = InputCheck.of()
                .when(vague.isPresent(), "task", vague.orElse(""))
                .optionalText("task", draft.task(), MAX_TASK)
                .require("ownerId", draft.ownerId(), "is required: someone owns every action")
                .when(draft.ownerId() != null && !checkIn.pair().includes(draft.ownerId()), "ownerId", "must be the mentor or the mentee")
                .require("dueOn", draft.dueOn(), "is required: an action without a date is a wish")
                .when(draft.dueOn() != null && CalendarDays.isPastEverywhere(draft.dueOn(), now), "dueOn", "must not be in the past")
                .when(draft.resources().size() > MAX_RESOURCES, "resources", "at most " + MAX_RESOURCES);
        for (int i = 0; i < draft.resources().size(); i++) {
            draft.resources().get(i).check(check, "resources[" + i + "]");
        }
        check.orThrow();
        return new ActionItem(Ids.next(), checkIn.mentorshipId(), checkIn.pair(), checkIn.id(), InputCheck.clean(draft.task()),
                draft.ownerId(), draft.dueOn(), draft.resources().stream().map(Resource::cleaned).toList(), draft.goalId(),
                Status.OPEN, now, null, null, 0);
    }

    public ActionItem done(PersonId by, Instant now) {
        return done(by, null, now);
    }

    /** Marked done during a check-in, which the history then names. */
    public ActionItem done(PersonId by, CheckInId during, Instant now) {
        requireOpen(by, "mark done", "marked done");
        return closed(Status.DONE, new Closure(by, now, during, null));
    }

    public ActionItem drop(PersonId by, String reason, Instant now) {
        return drop(by, reason, null, now);
    }

    /** Dropping is allowed — plans change — but never silently: the reason travels into the next recap. */
    public ActionItem drop(PersonId by, String reason, CheckInId during, Instant now) {
        requireOpen(by, "drop", "dropped");
        InputCheck.of().text("reason", reason, MAX_REASON, "is required: say why this action is dropped").orThrow();
        return closed(Status.DROPPED, new Closure(by, now, during, InputCheck.clean(reason)));
    }

    public ActionItem replan(LocalDate newDueOn, PersonId by, Instant now) {
        requireOpen(by, "re-plan", "re-planned");
        InputCheck.of()
                  .require("dueOn", newDueOn, "is required")
                  .when(newDueOn != null && CalendarDays.isPastEverywhere(newDueOn, now), "dueOn", "must not be in the past")
                  .when(dueOn.equals(newDueOn), "dueOn", "is already " + dueOn + "; pick the new date")
                  .orThrow();
        return new ActionItem(id, mentorshipId, pair, createdIn, task, owner, newDueOn, resources, goalId, status,
                createdAt, null, new Replan(dueOn, newDueOn, by, now), version);
    }

    /** Undoes a "done" or "drop" made by mistake; the item is open again and carries over again. */
    public ActionItem reopen(PersonId by) {
        pair.requireMember(by, "reopen this action item");
        if (status == Status.OPEN) {
            throw new InvalidStateException("This action item is already open");
        }
        return new ActionItem(id, mentorshipId, pair, createdIn, task, owner, dueOn, resources, goalId, Status.OPEN,
                createdAt, null, lastReplan, version);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }

    private ActionItem closed(Status to, Closure why) {
        return new ActionItem(id, mentorshipId, pair, createdIn, task, owner, dueOn, resources, goalId, to, createdAt,
                why, lastReplan, version);
    }

    private void requireOpen(PersonId by, String action, String done) {
        pair.requireMember(by, action + " this action item");
        if (status != Status.OPEN) {
            throw new InvalidStateException("Only an open action item can be " + done + "; this one is "
                    + status.name().toLowerCase(Locale.ROOT));
        }
    }
}
