/**
 * The summary written once when a check-in completes (Markdown and HTML, decision 0020): what goes in it
 * ({@code SummaryContent}), how it is written ({@code CheckInSummary}, {@code Escape}) and its page and download.
 */
package org.tandem.checkin.summary;
