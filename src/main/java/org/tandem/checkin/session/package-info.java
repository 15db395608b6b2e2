/**
 * The check-in itself: the {@code CheckIn} aggregate and its states (scheduled, in progress, completed, missed,
 * cancelled), its agenda and the time each section took, the two ratings afterwards, how it is stored
 * ({@code CheckInRepository}), who may see it ({@code CheckInAccess}, {@code PairContent}) and what its changes tell
 * others ({@code CheckInMessages}). The JSON and HTML endpoints that schedule, start, complete, time and rate a
 * check-in live here too. Look here for "when may a check-in start, complete, be rated".
 */
package org.tandem.checkin.session;
