package org.tandem.mentorship;

import java.util.Set;

/** The mentee's preferences; only the mentee sets them. */
public record Preferences(Set<LearningModality> learningModalities, FeedbackStyle feedbackStyle) {

    public static final Preferences NONE = new Preferences(Set.of(), null);

    public Preferences {
        learningModalities = learningModalities == null ? Set.of() : Set.copyOf(learningModalities);
    }
}
