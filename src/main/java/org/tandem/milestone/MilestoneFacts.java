package org.tandem.milestone;

/** For insight: within a time window, how many milestones of a mentorship were reached and how many celebrations were created. */
public record MilestoneFacts(int reached, int celebrated) {
}
