package org.tandem.mentorship;

import java.util.Set;

/**
 * The mentee's preferences; only the mentee sets them. {@code shareRatingsWithMentor} is the mentee's choice to let
 * the mentor read the values of their check-in ratings; off by default, since the ratings are the mentee's.
 */
public record Preferences(Set<LearningModality> learningModalities, FeedbackStyle feedbackStyle, boolean shareRatingsWithMentor) {

    public static final Preferences NONE = new Preferences(Set.of(), null, false);

    public Preferences {
        learningModalities = learningModalities == null ? Set.of() : Set.copyOf(learningModalities);
    }

    /** Learning preferences alone; ratings stay the mentee's. */
    public Preferences(Set<LearningModality> learningModalities, FeedbackStyle feedbackStyle) {
        this(learningModalities, feedbackStyle, false);
    }
}
