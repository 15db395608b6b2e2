package org.tandem.checkin.cadence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.checkin.CheckInService;
import org.tandem.checkin.CheckInStatus;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.session.CheckInRepository;
import org.tandem.mentorship.CadenceChanged;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.MentorshipStarted;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.OrganizationId;
import org.tandem.shared.DomainException;

/**
 * Keeps every active mentorship's next check-in scheduled from its cadence (see decision 0031).
 *
 * <ul>
 *   <li>When a pair starts, its first check-in is scheduled in the same transaction.</li>
 *   <li>When its cadence changes (by a person, or by a goal revision that resets it), the future check-ins nobody
 *       started move onto the new series, in order, and take its length; past ones and ones in progress stay as they are.</li>
 *   <li>Every {@code tandem.cadence.poll}, a db-scheduler task marks check-ins nobody started within
 *       {@code tandem.cadence.grace} as MISSED, then schedules the next check-in of each pair left without one.</li>
 * </ul>
 * Planning for one pair holds its mentorship row, so a request and the task (or two instances) take turns, and the
 * rule "schedule only when none is scheduled" makes a second run change nothing.
 */
@Component
public class CadencePlanner {

    private static final Logger log = LoggerFactory.getLogger(CadencePlanner.class);
    static final int BATCH = 500;

    private final CheckInService service;
    private final CheckInRepository checkIns;
    private final Mentorships mentorships;
    private final CadenceProperties properties;
    private final TransactionTemplate transaction;

    CadencePlanner(CheckInService service, CheckInRepository checkIns, Mentorships mentorships, CadenceProperties properties,
            TransactionTemplate transaction) {
        this.service = service;
        this.checkIns = checkIns;
        this.mentorships = mentorships;
        this.properties = properties;
        this.transaction = transaction;
    }

    /** Planned from the moment the pair started, which is now unless a history is being seeded. */
    @EventListener
    void started(MentorshipStarted started) {
        planNext(started.mentorship().organizationId(), started.mentorship().id(), started.at().truncatedTo(ChronoUnit.MICROS));
    }

    @EventListener
    void cadenceChanged(CadenceChanged changed) {
        Mentorship mentorship = changed.mentorship();
        mentorships.lockActive(mentorship.organizationId(), mentorship.id()).ifPresent(this::followCadence);
    }

    /** The recurring task: missed check-ins first, so a pair whose last one was missed gets its next one in the same run. */
    void run() {
        Instant now = service.now();
        markMissed(now);
        planMissing();
    }

    /** Marks what is overdue, each check-in in its own transaction; answers how many became MISSED. */
    int markMissed(Instant now) {
        int marked = 0;
        for (var located : checkIns.scheduledBeforeEverywhere(now.minus(properties.grace()), BATCH)) {
            try {
                Boolean done = transaction.execute(status -> checkIns.find(located.organization(), located.id())
                        .filter(c -> c.status() == CheckInStatus.SCHEDULED)
                        .map(c -> {
                            service.markMissed(located.organization(), c, now, properties.grace());
                            return true;
                        }).orElse(false));
                marked += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (DomainException raced) {
                log.debug("Check-in {} changed while being marked missed; left as it is", located.id(), raced);
            }
        }
        return marked;
    }

    /** Schedules the next check-in of every active pair that has none; answers how many were scheduled. */
    int planMissing() {
        int planned = 0;
        UUID after = null;
        while (true) {
            List<Mentorship> page = mentorships.activeEverywhere(after, BATCH);
            if (page.isEmpty()) {
                return planned;
            }
            Set<UUID> covered = checkIns.withScheduledCheckIn(page.stream().map(m -> m.id().value()).toList());
            for (Mentorship mentorship : page) {
                if (!covered.contains(mentorship.id().value())) {
                    try {
                        Boolean done = transaction.execute(status -> planNext(mentorship.organizationId(), mentorship.id()));
                        planned += Boolean.TRUE.equals(done) ? 1 : 0;
                    } catch (RuntimeException e) {
                        log.warn("Could not plan the next check-in of mentorship {}; the next run tries again", mentorship.id(), e);
                    }
                }
            }
            after = page.getLast().id().value();
        }
    }

    /** Within a transaction: schedules the pair's next check-in unless one is scheduled already. */
    public boolean planNext(OrganizationId organization, MentorshipId id) {
        return planNext(organization, id, service.now());
    }

    /** As {@link #planNext(OrganizationId, MentorshipId)}, deciding at {@code now}. */
    public boolean planNext(OrganizationId organization, MentorshipId id, Instant now) {
        var locked = mentorships.lockActive(organization, id);
        if (locked.isEmpty()) {
            return false;
        }
        Mentorship mentorship = locked.get();
        List<CheckIn> existing = checkIns.ofMentorship(organization, mentorship.id());
        var next = plan(mentorship).nextFor(existing, now);
        next.ifPresent(at -> service.scheduleFor(mentorship, at, mentorship.cadence().durationMinutes(), now));
        return next.isPresent();
    }

    private void followCadence(Mentorship mentorship) {
        OrganizationId organization = mentorship.organizationId();
        Instant now = service.now();
        List<CheckIn> future = checkIns.ofMentorship(organization, mentorship.id()).stream()
                .filter(c -> c.status() == CheckInStatus.SCHEDULED && c.scheduledAt().isAfter(now))
                .toList();
        if (future.isEmpty()) {
            planNext(organization, mentorship.id());
            return;
        }
        List<Instant> times = plan(mentorship).upcoming(now, future.size());
        for (int i = 0; i < future.size(); i++) {
            service.followCadence(organization, future.get(i), times.get(i), mentorship.cadence().durationMinutes(), now);
        }
    }

    private CadencePlan plan(Mentorship mentorship) {
        return CadencePlan.of(mentorship.cadence(), mentorships.cadenceZone(mentorship));
    }
}
