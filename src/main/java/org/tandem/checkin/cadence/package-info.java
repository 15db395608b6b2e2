/**
 * The rhythm around check-ins: planning the next check-in from the mentorships cadence ({@code CadencePlanner},
 * {@code CadencePlan}), marking missed ones, reminders and the calendar feed (this features answers to notifys
 * {@code ReminderSource} and {@code CalendarSource}), and what home shows: the next meetings and what waits for the
 * reader ({@code CheckInNextMeetings}, {@code CheckInAttention}).
 */
package org.tandem.checkin.cadence;
