package org.tandem.goal.core;

import java.time.Instant;
import java.util.Objects;

import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;

/**
 * One side's proposal that the goal is achieved, with the evidence it rests on (optional). The goal stays ACTIVE
 * while the proposal waits; the other side's agreement makes it ACHIEVED, and the proposal stays on record.
 */
public record Achievement(Signature proposed, String evidence) {

    public static final String EVIDENCE = "evidence";
    static final int MAX_EVIDENCE = 2000;

    public Achievement {
        Objects.requireNonNull(proposed, "proposed");
        evidence = Text.isBlank(evidence) ? null : evidence.strip();
        if (evidence != null && evidence.length() > MAX_EVIDENCE) {
            throw new InvalidInputException(EVIDENCE, "Keep the evidence under " + MAX_EVIDENCE + " characters");
        }
    }

    public PersonId proposedBy() { return proposed.by(); }
    public Instant proposedAt() { return proposed.at(); }
}
