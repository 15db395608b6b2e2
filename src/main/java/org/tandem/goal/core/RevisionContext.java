package org.tandem.goal.core;

/** What the pair weighed when deciding a revision; each part optional, all kept with the revision. */
public record RevisionContext(String teamPriorities, String constraints, String interests) {

    static final int MAX_LENGTH = 2000;
    public RevisionContext {
        teamPriorities = Text.stripToNull(teamPriorities);
        constraints = Text.stripToNull(constraints);
        interests = Text.stripToNull(interests);
    }

    static RevisionContext none() {
        return new RevisionContext(null, null, null);
    }

    boolean tooLong() {
        return longer(teamPriorities) || longer(constraints) || longer(interests);
    }

    private static boolean longer(String text) {
        return text != null && text.length() > MAX_LENGTH;
    }
}
