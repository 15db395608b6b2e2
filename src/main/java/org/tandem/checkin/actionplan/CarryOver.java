package org.tandem.checkin.actionplan;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tandem.checkin.CheckInId;

/**
 * The rule "nothing is dropped silently", as a pure function: what the next check-in's recap shows of the
 * action items and risks of earlier check-ins.
 *
 * <ul>
 *   <li>Everything still open is shown — in every next recap, however old, until it is closed.</li>
 *   <li>Whatever was closed since the previous completed check-in is shown once more, with how it closed
 *       (done, closed, or dropped with its reason), so the pair sees it go.</li>
 *   <li>An item re-planned since then is still open and shown as re-planned, with its old and new date.</li>
 * </ul>
 * Items closed before the previous check-in ended were already seen there and are not repeated.
 */
public final class CarryOver {

    private CarryOver() {
    }

    public enum Disposition {
        STILL_OPEN, REPLANNED, DONE, CLOSED, DROPPED;

        boolean carriesOn() {
            return this == STILL_OPEN || this == REPLANNED;
        }
    }

    public record CarriedAction(ActionItem item, Disposition disposition) {
    }

    public record CarriedRisk(Risk risk, Disposition disposition) {
    }

    public record Recap(List<CarriedAction> actionItems, List<CarriedRisk> risks) {

        boolean isEmpty() {
            return actionItems.isEmpty() && risks.isEmpty();
        }
    }

    /**
     * @param next  the check-in whose recap this is; what it created itself belongs to its own plan, not its recap
     * @param since when the previous check-in was completed, or when the mentorship started (see {@link Review#since})
     */
    public static Recap recapFor(CheckInId next, Instant since, Collection<ActionItem> actionItems, Collection<Risk> risks) {
        Objects.requireNonNull(since, "since");
        List<CarriedAction> actions = actionItems.stream()
                .filter(item -> !item.createdIn().equals(next))
                .map(item -> new CarriedAction(item, disposition(item, since)))
                .filter(carried -> carried.disposition() != null)
                .sorted(Comparator.comparing((CarriedAction c) -> !c.disposition().carriesOn())
                                  .thenComparing(c -> c.item().dueOn()))
                .toList();
        List<CarriedRisk> carriedRisks = risks.stream()
                .filter(risk -> !risk.raisedIn().equals(next))
                .map(risk -> new CarriedRisk(risk, disposition(risk, since)))
                .filter(carried -> carried.disposition() != null)
                .sorted(Comparator.comparing((CarriedRisk c) -> !c.disposition().carriesOn())
                                  .thenComparing(c -> -c.risk().score()))
                .toList();
        return new Recap(actions, carriedRisks);
    }

    /** Null means "not in this recap": closed before the previous check-in ended. */
    private static Disposition disposition(ActionItem item, Instant since) {
        return switch (item.status()) {
            case OPEN -> item.lastReplan() != null && item.lastReplan().at().isAfter(since)
                    ? Disposition.REPLANNED : Disposition.STILL_OPEN;
            case DONE -> closedSince(item.closure(), since) ? Disposition.DONE : null;
            case DROPPED -> closedSince(item.closure(), since) ? Disposition.DROPPED : null;
        };
    }

    private static Disposition disposition(Risk risk, Instant since) {
        return switch (risk.status()) {
            case OPEN -> Disposition.STILL_OPEN;
            case CLOSED -> closedSince(risk.closure(), since) ? Disposition.CLOSED : null;
            case DROPPED -> closedSince(risk.closure(), since) ? Disposition.DROPPED : null;
        };
    }

    private static boolean closedSince(Closure closure, Instant since) {
        return closure.at().isAfter(since);
    }
}
