package org.tandem.mentorship;

/** How a mentee likes to learn; shown wherever goals are discussed so plans fit the person. */
public enum LearningModality {
    READING, VIDEO, HANDS_ON, PAIRING, SHADOWING, COURSES, DISCUSSION, TEACHING_OTHERS
}
