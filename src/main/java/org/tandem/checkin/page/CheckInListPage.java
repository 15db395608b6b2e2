package org.tandem.checkin.page;

import org.tandem.checkin.CheckInService;
import org.tandem.shared.FormErrors;

/** The model of a mentorship's check-ins page: the next and past check-ins, and the form to schedule one. */
public record CheckInListPage(CheckInService.Overview overview, String mentorshipPath, FormErrors errors, String scheduledAt,
                              String durationMinutes, String flash) {
}
