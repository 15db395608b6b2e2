/**
 * The check-in page and the APIs view of a check-in: the read side. {@code CheckInReader} gathers what a reader
 * may see (with the data review pre-filled, {@code Review}) into the top package's {@code CheckInView}, {@code CheckInPage}
 * the template model, {@code CheckInPages}/{@code CheckInResponses} answer a page or an htmx fragment after an edit
 * ({@code Edit}), and {@code CheckInController} serves the list and the page. Look here for "show X on the check-in
 * page".
 */
package org.tandem.checkin.page;
