package org.tandem.checkin.actionplan;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.tandem.checkin.CheckInId;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.support.InputCheck;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidStateException;

/**
 * Something ahead that could derail the mentee's progress, with how likely and how hurtful it is (1–3 each),
 * the support that would soften it, and who watches it. Like action items, an open risk carries over to every
 * next check-in until it is closed or dropped with a reason.
 */
public record Risk(UUID id, MentorshipId mentorshipId, Pair pair, CheckInId raisedIn, String description, int likelihood,
            int impact, String support, PersonId owner, Status status, Instant raisedAt, Closure closure, long version) {

    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_SUPPORT = 1000;
    static final int MAX_REASON = 1000;

    public enum Status { OPEN, CLOSED, DROPPED }

    /** Score bands on the 3×3 grid: 1–2 watch, 3–4 plan for it, 6–9 act now. */
    public enum Level { LOW, MEDIUM, HIGH }

    public Risk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if ((status == Status.OPEN) != (closure == null)) {
            throw new IllegalArgumentException("An open risk has no closure and a closed one has one");
        }
    }

    public static Risk raise(CheckIn checkIn, RiskDraft draft, PersonId by, Instant now) {
        checkIn.requireContributor(by);
        InputCheck.of()
                  .text("description", draft.description(), MAX_DESCRIPTION, "is required: what could go wrong?")
                  .range("likelihood", draft.likelihood(), 1, 3)
                  .range("impact", draft.impact(), 1, 3)
                  .text("support", draft.support(), MAX_SUPPORT, "is required: what support or mitigation would help?")
                  .require("ownerId", draft.ownerId(), "is required: someone watches every risk")
                  .when(draft.ownerId() != null && !checkIn.pair().includes(draft.ownerId()), "ownerId", "must be the mentor or the mentee")
                  .orThrow();
        return new Risk(Ids.next(), checkIn.mentorshipId(), checkIn.pair(), checkIn.id(), InputCheck.clean(draft.description()),
                draft.likelihood(), draft.impact(), InputCheck.clean(draft.support()), draft.ownerId(), Status.OPEN, now, null, 0);
    }

    public int score() {
        return likelihood * impact;
    }

    public Level level() {
        return score() <= 2 ? Level.LOW : score() <= 4 ? Level.MEDIUM : Level.HIGH;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** The risk passed or was handled; a note on how is welcome but not required. */
    public Risk close(PersonId by, String outcome, CheckInId during, Instant now) {
        requireOpen(by, "close", "closed");
        InputCheck.of().optionalText("reason", outcome, MAX_REASON).orThrow();
        return closed(Status.CLOSED, new Closure(by, now, during, InputCheck.cleanOptional(outcome)));
    }

    public Risk drop(PersonId by, String reason, CheckInId during, Instant now) {
        requireOpen(by, "drop", "dropped");
        InputCheck.of().text("reason", reason, MAX_REASON, "is required: say why this risk no longer matters").orThrow();
        return closed(Status.DROPPED, new Closure(by, now, during, InputCheck.clean(reason)));
    }

    public Risk reassess(Integer newLikelihood, Integer newImpact, PersonId by) {
        requireOpen(by, "reassess", "reassessed");
        InputCheck.of().range("likelihood", newLikelihood, 1, 3).range("impact", newImpact, 1, 3).orThrow();
        return new Risk(id, mentorshipId, pair, raisedIn, description, newLikelihood, newImpact, support, owner, status,
                raisedAt, null, version);
    }

    private Risk closed(Status to, Closure why) {
        return new Risk(id, mentorshipId, pair, raisedIn, description, likelihood, impact, support, owner, to, raisedAt,
                why, version);
    }

    private void requireOpen(PersonId by, String action, String done) {
        pair.requireMember(by, action + " this risk");
        if (status != Status.OPEN) {
            throw new InvalidStateException("Only an open risk can be " + done + "; this one is "
                    + status.name().toLowerCase(Locale.ROOT));
        }
    }
}
