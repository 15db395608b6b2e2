package org.tandem.mentorship;

import java.util.List;

/**
 * The pairs of one program that need a look, for its lead's home, most in need first.
 *
 * @param flaggedPairs how many pairs are flagged in all; {@code pairs} may hold fewer
 * @param tableHref    the program's pair table, where all of them are
 */
public record ProgramAlerts(String programName, String tableHref, int flaggedPairs, List<FlaggedPair> pairs) {

    public ProgramAlerts {
        pairs = List.copyOf(pairs);
    }

    /**
     * One pair and what is wrong with it, each problem a short sentence; every one of them links to {@code href}.
     *
     * @param href the pair's page
     */
    public record FlaggedPair(MentorshipId mentorship, String mentorName, String menteeName, String href, List<Problem> problems) {

        public FlaggedPair {
            problems = List.copyOf(problems);
        }
    }

    /** @param label a few words ("Nothing celebrated"), @param detail the sentence with its numbers */
    public record Problem(String label, String detail) {
    }
}
