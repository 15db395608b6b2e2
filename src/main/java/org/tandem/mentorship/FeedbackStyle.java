package org.tandem.mentorship;

/** How a mentee prefers to receive feedback. */
public enum FeedbackStyle {
    DIRECT, SUPPORTIVE, WRITTEN_FIRST, IN_THE_MOMENT
}
