package org.tandem.program;

import java.util.List;

/**
 * "Balanced check-in": every section of the method, in order, in 45 minutes. The prompts are our own;
 * they nudge the pair to bring evidence, look for causes and leave with something concrete.
 */
final class DefaultPlaybook {

    static final String NAME = "Balanced check-in";

    private DefaultPlaybook() {
    }

    static List<PlaybookSection> sections() {
        return List.of(
                new PlaybookSection(SectionKind.RECAP, "Recap of last time", 3,
                        List.of("Which of last time's actions are done, and which still matter?")),
                new PlaybookSection(SectionKind.REVIEW, "Review the evidence", 8,
                        List.of("What do the numbers say since we last met?", "Which outcome or behaviour would a teammate have noticed?")),
                new PlaybookSection(SectionKind.INTERPRET, "Make sense of it", 6,
                        List.of("What worked, and what made it work?", "Where did effort not turn into results, and why?")),
                new PlaybookSection(SectionKind.ADJUST, "Adjust the goals", 6,
                        List.of("Is each goal still the right goal, at the right size, by the right date?")),
                new PlaybookSection(SectionKind.GROWTH, "Growth conversation", 6,
                        List.of("What would you try if you knew it could not fail?")),
                new PlaybookSection(SectionKind.RISKS, "Risks ahead", 3,
                        List.of("What could get in the way before we meet again, and who can help?")),
                new PlaybookSection(SectionKind.FEEDBACK, "Feedback both ways", 5,
                        List.of("Name one moment, what happened, and the effect it had.")),
                new PlaybookSection(SectionKind.CELEBRATE, "Celebrate", 3,
                        List.of("What was reached, and who should hear about it?")),
                new PlaybookSection(SectionKind.PLAN, "Action plan", 3,
                        List.of("What exactly happens next, who owns it, and by when?")),
                new PlaybookSection(SectionKind.CLOSE, "Close", 2,
                        List.of("In one sentence: what do we take away?")));
    }
}
