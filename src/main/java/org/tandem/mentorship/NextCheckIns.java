package org.tandem.mentorship;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.tandem.people.OrganizationId;

/**
 * When each pair meets next. The cadence only anchors the series ({@link MentorshipCadence#nextAt()} is where it
 * started or was last moved to); the check-ins feature knows the check-in actually scheduled, and answers here, so the
 * pages never show an anchor that has long passed as the next meeting.
 */
public interface NextCheckIns {

    /** The earliest scheduled check-in of each of the mentorships that has one; the others are absent. */
    Map<MentorshipId, Instant> nextOf(OrganizationId organization, Collection<MentorshipId> mentorships);
}
