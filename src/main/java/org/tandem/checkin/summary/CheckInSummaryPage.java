package org.tandem.checkin.summary;

import org.tandem.checkin.CheckInView;
/** The model of a completed check-in's summary page. */
public record CheckInSummaryPage(CheckInView checkIn, CheckInView.SummaryView summary) {
}
