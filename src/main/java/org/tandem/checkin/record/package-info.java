/**
 * What the pair records during a check-in: observations, the interpretation (what worked, what did not, why),
 * answers to growth questions, feedback entries and their revisions, wins, and notes (private or for the pair),
 * with their storage and endpoints. Look here for "what may be written into a check-in, and by whom".
 */
package org.tandem.checkin.record;
