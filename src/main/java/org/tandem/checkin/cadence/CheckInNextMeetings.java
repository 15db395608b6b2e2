package org.tandem.checkin.cadence;

import static org.tandem.db.Tables.CHECK_IN;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.tandem.checkin.CheckInStatus;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.NextCheckIns;
import org.tandem.people.OrganizationId;

/** Tells the mentorship pages when each pair really meets next: its earliest scheduled check-in. */
@Component
class CheckInNextMeetings implements NextCheckIns {

    private final DSLContext dsl;

    CheckInNextMeetings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<MentorshipId, Instant> nextOf(OrganizationId organization, Collection<MentorshipId> mentorships) {
        if (mentorships.isEmpty()) {
            return Map.of();
        }
        var first = DSL.min(CHECK_IN.SCHEDULED_AT);
        Map<MentorshipId, Instant> next = new HashMap<>();
        dsl.select(CHECK_IN.MENTORSHIP_ID, first).from(CHECK_IN)
                .where(CHECK_IN.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN.MENTORSHIP_ID.in(mentorships.stream().map(MentorshipId::value).toList()))
                .and(CHECK_IN.STATUS.eq(CheckInStatus.SCHEDULED.name()))
                .groupBy(CHECK_IN.MENTORSHIP_ID)
                .forEach(r -> next.put(new MentorshipId(r.value1()), r.value2()));
        return next;
    }
}
