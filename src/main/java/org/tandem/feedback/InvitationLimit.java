package org.tandem.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * At most {@link #PER_DAY} peer-feedback invitations per mentorship in any 24 hours: each one mails a stranger a
 * link, so a pair (or a stolen session) cannot turn Tandem into a mail cannon. The window slides: a slot frees
 * 24 hours after the invitation that took it. Revoked invitations count; their mail was sent.
 */
final class InvitationLimit {

    static final int PER_DAY = 10;
    static final Duration WINDOW = Duration.ofDays(1);

    private InvitationLimit() {
    }

    /**
     * How long to wait before the next invitation, or empty when one may go now.
     *
     * @param sentWithinWindow when the mentorship's invitations of the last {@link #WINDOW} were created, oldest first
     */
    static Optional<Duration> waitBeforeNext(List<Instant> sentWithinWindow, Instant now) {
        int over = sentWithinWindow.size() - PER_DAY;
        if (over < 0) {
            return Optional.empty();
        }
        Instant freed = sentWithinWindow.get(over).plus(WINDOW);
        Duration wait = Duration.between(now, freed);
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    /** Refused because the day's invitations are used up; {@code retryAfter} is when the next slot frees. */
    static final class Exceeded extends RuntimeException {

        private final Duration retryAfter;

        Exceeded(Duration retryAfter) {
            super("This mentorship has sent " + PER_DAY + " peer-feedback invitations in the last 24 hours, the most it may. "
                    + "The next one can go " + inWords(retryAfter) + ".");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, rounded up, as {@code Retry-After} wants them. */
        long retryAfterSeconds() {
            return retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        }

        private static String inWords(Duration wait) {
            long minutes = (wait.toSeconds() + 59) / 60;
            if (minutes < 60) {
                return "in " + Math.max(1, minutes) + (minutes <= 1 ? " minute" : " minutes");
            }
            long hours = (minutes + 59) / 60;
            return "in about " + hours + (hours == 1 ? " hour" : " hours");
        }
    }
}
