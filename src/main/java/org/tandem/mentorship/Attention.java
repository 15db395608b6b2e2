package org.tandem.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a pair's work asks of a person now: a check-in about to start, a rating not given yet, an action
 * past its date, a goal waiting for their agreement, a milestone waiting for its celebration. The home page lists
 * them under the pair they belong to, most urgent first; features say what they know through {@link AttentionSource}.
 *
 * @param text what it is, in a short sentence without dates (the page writes {@code at} or {@code on} in the
 *             reader's time zone)
 * @param action the link's words, a verb: "Prepare", "Rate it", "Celebrate"
 */
public record Attention(MentorshipId mentorship, Urgency urgency, String text, Instant at, LocalDate on, String action, String href) {

    /** Most urgent first. */
    public enum Urgency {
        /** Late or happening now. */
        NOW,
        /** Coming within a day or two. */
        SOON,
        /** Waiting for this person, with no clock running. */
        WAITING
    }

    /** Most urgent first, then the earliest, so the list reads like a to-do list. */
    public static final Comparator<Attention> ORDER = Comparator.comparing(Attention::urgency)
            .thenComparing(Attention::sortKey, Comparator.nullsLast(Comparator.naturalOrder()));

    public Attention {
        Objects.requireNonNull(mentorship, "mentorship");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(href, "href");
    }

    public static Attention at(MentorshipId mentorship, Urgency urgency, String text, Instant at, String action, String href) {
        return new Attention(mentorship, urgency, text, at, null, action, href);
    }

    public static Attention on(MentorshipId mentorship, Urgency urgency, String text, LocalDate on, String action, String href) {
        return new Attention(mentorship, urgency, text, null, on, action, href);
    }

    private String sortKey() {
        return at != null ? at.toString() : on != null ? on.toString() : null;
    }
}
