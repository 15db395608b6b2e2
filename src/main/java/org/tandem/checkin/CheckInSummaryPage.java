package org.tandem.checkin;

/** The model of a completed check-in's summary page. */
public record CheckInSummaryPage(CheckInView checkIn, CheckInView.SummaryView summary) {
}
