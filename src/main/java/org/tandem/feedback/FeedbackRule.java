package org.tandem.feedback;

/** The kinds of problem the feedback check looks for; each {@link Finding} names one. */
public enum FeedbackRule {
    /** Judges the person ("you are lazy", "you're brilliant") instead of describing what they did. */
    TRAIT_LANGUAGE,
    /** Praise or criticism that names no concrete situation, artifact or example. */
    VAGUE,
    /** Critical feedback that offers no next step to try. */
    NOT_ACTIONABLE,
    /** "Always", "never", "every single time" used to characterise someone's behaviour. */
    ABSOLUTE,
    /** The event is too long past for the feedback to be useful. */
    STALE
}
