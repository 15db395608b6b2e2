/**
 * Small helpers every room of the check-in feature uses: field checks that collect errors ({@code InputCheck}),
 * calendar-day rules across time zones ({@code CalendarDays}) and the column conversions of the repositories
 * ({@code Sql}). Nothing here knows a check-in.
 */
package org.tandem.checkin.support;
