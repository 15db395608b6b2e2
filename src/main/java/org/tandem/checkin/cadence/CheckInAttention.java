package org.tandem.checkin.cadence;

import static org.tandem.mentorship.Attention.Urgency.NOW;
import static org.tandem.mentorship.Attention.Urgency.SOON;
import static org.tandem.mentorship.Attention.Urgency.WAITING;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInRoutes;
import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.actionplan.ActionItemRepository;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.session.CheckInRepository;
import org.tandem.mentorship.Attention;
import org.tandem.mentorship.AttentionSource;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;

/**
 * What check-ins ask of a person on the home page: a check-in under way or about to start, a rating or an autonomy
 * rating not given for a recent one, and their own actions past or near their date.
 */
@Component
class CheckInAttention implements AttentionSource {

    /** A check-in this close is worth preparing for. */
    static final Duration AHEAD = Duration.ofHours(48);
    /** A rating asked for longer than this would be a guess: the home page stops asking. */
    static final Duration RATING_WINDOW = Duration.ofDays(14);
    /** Actions due within this many days count as coming soon. */
    static final int DAYS_AHEAD = 2;

    private final CheckInRepository checkIns;
    private final ActionItemRepository actionItems;

    CheckInAttention(CheckInRepository checkIns, ActionItemRepository actionItems) {
        this.checkIns = checkIns;
        this.actionItems = actionItems;
    }

    @Override
    public List<Attention> attentionFor(Actor actor, List<Mentorship> mine, Instant now) {
        Set<MentorshipId> active = mine.stream().map(Mentorship::id).collect(Collectors.toSet());
        List<Attention> found = new ArrayList<>();
        for (CheckIn c : checkIns.needingAttention(actor.organizationId(), actor.personId(), now.minus(RATING_WINDOW), now.plus(AHEAD))) {
            if (active.contains(c.mentorshipId())) {
                ofCheckIn(actor, c, now).ifPresent(found::add);
            }
        }
        LocalDate today = LocalDate.ofInstant(now, actor.timeZone());
        Map<MentorshipId, Optional<CheckInId>> current = new HashMap<>();
        for (ActionItem item : actionItems.openOwnedBy(actor.organizationId(), actor.personId())) {
            if (!active.contains(item.mentorshipId()) || item.dueOn().isAfter(today.plusDays(DAYS_AHEAD))) {
                continue;
            }
            String href = whereToUpdate(item, current.computeIfAbsent(item.mentorshipId(), m -> checkIns.current(actor.organizationId(), m)));
            found.add(item.isOverdueOn(today)
                    ? Attention.on(item.mentorshipId(), NOW, "Overdue: " + item.task(), item.dueOn(), "Update it", href)
                    : Attention.on(item.mentorshipId(), SOON, "Due: " + item.task(), item.dueOn(), "Open it", href));
        }
        return found;
    }

    /**
     * Open items are worked on in the pair's current check-in: in its action plan if they were made there, else
     * where it carries them over. Without one, the pair's list of check-ins.
     */
    private static String whereToUpdate(ActionItem item, Optional<CheckInId> current) {
        return current.map(id -> CheckInRoutes.path(CheckInRoutes.PAGE, id) + "#"
                        + (id.equals(item.createdIn()) ? CheckInRoutes.ACTION_ITEMS_ID : CheckInRoutes.RECAP_ID))
                .orElse(CheckInRoutes.path(CheckInRoutes.LIST, item.mentorshipId()));
    }

    private static Optional<Attention> ofCheckIn(Actor actor, CheckIn c, Instant now) {
        String page = CheckInRoutes.path(CheckInRoutes.PAGE, c.id());
        boolean mentee = c.pair().mentee().equals(actor.personId());
        Attention attention = switch (c.status()) {
            case IN_PROGRESS -> Attention.at(c.mentorshipId(), NOW, "Your check-in is under way", c.startedAt(), "Join", page);
            case SCHEDULED -> c.scheduledAt().isAfter(now)
                    ? Attention.at(c.mentorshipId(), SOON, "Check-in coming up", c.scheduledAt(), "Prepare", page)
                    : Attention.at(c.mentorshipId(), NOW, "Check-in due to start", c.scheduledAt(), "Start it", page);
            case COMPLETED -> mentee
                    ? c.rating() == null ? Attention.at(c.mentorshipId(), WAITING, "How was your check-in? Three quick questions",
                            c.completedAt(), "Rate it", page + "#rating") : null
                    : c.autonomyRating() == null ? Attention.at(c.mentorshipId(), WAITING, "Rate how independently your mentee worked",
                            c.completedAt(), "Rate autonomy", page + "#autonomy") : null;
            default -> null;
        };
        return Optional.ofNullable(attention);
    }
}
