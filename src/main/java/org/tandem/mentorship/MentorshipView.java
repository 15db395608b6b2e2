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

    /** {@code upcoming}: the cadence's first time from now on (see {@link MentorshipCadence#upcoming}). */
    public record CadenceView(int intervalDays, int durationMinutes, Instant firstAt, Instant nextAt, Instant upcoming) {
    }

    public record PreferencesView(Set<LearningModality> learningModalities, FeedbackStyle feedbackStyle) {
    }

    static MentorshipView of(Mentorship m, String programName, Map<UUID, String> names, Instant upcoming) {
        return new MentorshipView(m.id().value(), m.programId().value(), programName,
                new PersonRef(m.mentorId().value(), names.get(m.mentorId().value())),
                new PersonRef(m.menteeId().value(), names.get(m.menteeId().value())),
                new CadenceView(m.cadence().intervalDays(), m.cadence().durationMinutes(), m.cadence().firstAt(), m.cadence().nextAt(),
                        upcoming),
                m.emphasis(), m.status(),
                new PreferencesView(m.preferences().learningModalities(), m.preferences().feedbackStyle()), m.version());
    }
}
