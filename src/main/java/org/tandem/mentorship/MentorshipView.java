package org.tandem.mentorship;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.program.Emphasis;

/** A mentorship as the API and pages show it, with the names people read instead of ids. */
public record MentorshipView(UUID id, UUID programId, String programName, PersonRef mentor, PersonRef mentee, CadenceView cadence,
                      Emphasis emphasis, Mentorship.Status status, PreferencesView preferences, long version) {

    public record PersonRef(UUID id, String displayName) {
    }

    public record CadenceView(int intervalDays, int durationMinutes, Instant firstAt, Instant nextAt) {
    }

    public record PreferencesView(Set<LearningModality> learningModalities, FeedbackStyle feedbackStyle, boolean shareRatingsWithMentor) {
    }

    static MentorshipView of(Mentorship m, String programName, Map<UUID, String> names) {
        return new MentorshipView(m.id().value(), m.programId().value(), programName,
                new PersonRef(m.mentorId().value(), names.get(m.mentorId().value())),
                new PersonRef(m.menteeId().value(), names.get(m.menteeId().value())),
                new CadenceView(m.cadence().intervalDays(), m.cadence().durationMinutes(), m.cadence().firstAt(), m.cadence().nextAt()),
                m.emphasis(), m.status(),
                new PreferencesView(m.preferences().learningModalities(), m.preferences().feedbackStyle(),
                        m.preferences().shareRatingsWithMentor()), m.version());
    }
}
