package org.tandem.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.tandem.checkin.ActionPlanService.ResourceDraft;
import org.tandem.goal.Direction;
import org.tandem.goal.GoalBackfill.Terms;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalKind;

/** Amara's two mentees in Search: Omar, whose check-ins keep slipping, and Ines, who reaches milestones but never celebrates. */
final class SearchStories {

    /** Minutes per agenda section: recap, review, interpret, adjust, growth, risks, feedback, celebrate, plan, close. */
    static final int[] RUSHED = {2, 6, 4, 3, 3, 2, 3, 2, 3, 1};
    static final int[] NO_CELEBRATION = {4, 10, 7, 6, 6, 3, 5, 0, 3, 2};

    private SearchStories() {
    }

    /** Omar and Amara: a migration eats Omar's time, three check-ins are missed and an action item is overdue. */
    static void omarAndAmara(PairPlay p, LocalDate today) {
        var omar = p.mentee;
        var amara = p.mentor;
        GoalId dashboard = p.goal(amara, new Terms("Ship the search quality dashboard with Product",
                "Build the search quality dashboard together with the search product managers and get them using it every week.",
                GoalKind.OUTPUT, "Product managers using the dashboard weekly", "people", BigDecimal.ZERO, new BigDecimal("6"),
                Direction.INCREASE, "The click data is already in the warehouse; the work is mostly talking to Product.",
                "Product decides on ranking changes without data today, and Omar wants to work closer to them.", today.plusDays(35)),
                p.later(1), p.later(2));
        AtomicReference<UUID> walkthrough = new AtomicReference<>();
        p.hold(PaymentsStories.BALANCED, s -> {
            s.observe(omar, "OUTCOME", "Found the click and query tables we need; the zero-result searches are already logged.", 2);
            s.answer("growth-xfn-01", "Product. I know they want fewer zero-result searches, but not how they are measured on it.");
            s.feedback(amara, "In the search sync on Monday,", "you asked the PMs which question they would answer first with the data",
                    "and they picked one for the first version on the spot.", null);
            walkthrough.set(s.action(omar, "Book a 30-minute walkthrough of the draft with Lena from Product", 7, dashboard));
            s.rating(4, 4, 4, null);
            s.autonomy(2);
        });
        p.measure(dashboard, "1", p.later(8), "Lena looks at it every Monday.");
        holdSecond(p);
        p.miss();
        p.hold(RUSHED, s -> {
            s.done(walkthrough.get());
            s.observe(omar, "METRIC", "Lena still opens the dashboard every week; the other five PMs haven't seen it yet.", 1);
            s.interpret("Lena uses it because we built the first chart around her question.", "I didn't find time to show it to the others.",
                    "The index migration took every afternoon for three weeks.");
            s.feedback(amara, "When you missed our last check-in,", "you sent a message afterwards explaining the migration",
                    "which helped, but we lost two weeks without a plan.", "Tell me the day before if the slot is at risk, and we'll move it.");
            s.action(omar, "Send the dashboard draft to the other five search PMs for comments", 7, dashboard);
            s.note(amara, "Omar looked stretched. Ask his team lead whether someone else can take a week of the migration.", "PRIVATE");
            s.note(omar, "We had to rush. Keep the slot next time, even if it's short.", "PAIR");
            s.rating(3, 3, 4, "We had to rush; I'd rather keep a short slot than skip one.");
            s.autonomy(3);
        });
        p.measure(dashboard, "2", p.later(4), "Marco started using it too.");
        p.miss();
        p.miss();
    }

    /** The second check-in: a risk that comes true later. */
    private static void holdSecond(PairPlay p) {
        p.hold(RUSHED, s -> {
            s.observe(p.mentee, "METRIC", "1 product manager (Lena) uses the dashboard weekly.", 3);
            s.interpret("Showing Lena a working chart got more feedback than the written proposal did.", null, null);
            s.risk("The search index migration this quarter could take most of Omar's time", 3, 3,
                    "Amara to agree with the team lead which weeks Omar is on migration duty");
            s.feedback(p.mentee, "When I got stuck on the query for zero-result searches,", "you pointed me to the analyst who wrote the table",
                    "and I had a working query the same afternoon.", null);
            s.rating(3, 4, 4, null);
            s.autonomy(2);
        });
    }

    /** Ines and Amara: steady progress and a milestone reached, but no check-in ever spends a minute on celebrating. */
    static void inesAndAmara(PairPlay p, LocalDate today) {
        var ines = p.mentee;
        var amara = p.mentor;
        GoalId retros = p.goal(ines, new Terms("Facilitate our team's retrospectives",
                "Facilitate the Search team's retrospectives so that every retro ends with an owner for each of its actions.",
                GoalKind.LEARNING, "Retros I facilitated where every action got an owner", "retros", BigDecimal.ZERO, new BigDecimal("4"),
                Direction.INCREASE, "The team holds a retro every two weeks and the team lead is happy to hand it over.",
                "I want to grow into a tech lead role, and running a room is the part I find hardest.", today.plusDays(40)),
                p.later(1), p.later(1.5));
        p.hold(NO_CELEBRATION, s -> {
            s.observe(ines, "BEHAVIOR", "Co-facilitated the last retro with the team lead; I ran the timeboxes.", 4);
            s.interpret("Keeping time was easy because the board had fixed columns.", "I didn't step in when two people argued about on-call.",
                    "I wasn't sure it was my place while the team lead was in the room.");
            s.answer("growth-lead-03", "Telling a senior colleague that we're over time. I usually wait for someone else to say it.");
            s.action(ines, "Read the chapter on facilitating conflict that Amara recommended", 10, retros,
                    new ResourceDraft("TRAINING", "The facilitation chapter Amara shared"));
            s.rating(4, 4, 5, null);
            s.autonomy(2);
        });
        AtomicReference<UUID> nextRetro = new AtomicReference<>();
        p.milestone(retros, "First retro facilitated on my own", "1", today.minusDays(10), p.later(3));
        p.hold(NO_CELEBRATION, s -> {
            s.doneEarlier();
            s.observe(ines, "OUTCOME", "Prepared the next retro's board and agenda with the team lead.", 3);
            s.feedback(amara, "In the planning meeting on Wednesday,", "you summarised the two options before the vote",
                    "and the discussion ended five minutes early.", "Use the same summary at the end of the retro.");
            nextRetro.set(s.action(ines, "Facilitate the next retro without the team lead stepping in", 12, retros));
            s.rating(4, 5, 4, null);
            s.autonomy(2);
        });
        p.hold(NO_CELEBRATION, s -> {
            s.drop(nextRetro.get(), "The retro moved a week because the team lead was off sick; the on-call retro below stands in for it.");
            s.doneEarlier();
            s.observe(amara, "BEHAVIOR", "The team lead was off sick, so the retro was moved a week.", 5);
            s.interpret(null, "The retro didn't happen in this period.", "It depends on one retro every two weeks, so one move costs a month.");
            s.feedback(ines, "When the retro was moved,", "you suggested I run a short one for the on-call rotation instead",
                    "which gave me practice without waiting.", null);
            s.action(ines, "Run a 20-minute retro for the on-call rotation", 7, retros);
            s.rating(4, 4, 5, null);
            s.autonomy(3);
        });
        p.hold(NO_CELEBRATION, s -> {
            s.doneEarlier();
            s.observe(ines, "OUTCOME", "Ran a 20-minute retro for the on-call rotation; three actions, each with an owner.", 4);
            s.interpret("Asking 'who takes this?' before moving to the next card worked.", "The last ten minutes felt rushed.",
                    "I let the first topic run over its timebox.");
            s.answer("growth-lead-06", "Writing up the retro notes. The team lead still does it, but I could.");
            s.action(ines, "Set a visible timer for each topic in the next team retro", 12, retros);
            s.rating(4, 4, 4, null);
            s.autonomy(3);
        });
        p.measure(retros, "1", p.later(3), "Ran the team retro alone; all four actions got an owner.");
        p.hold(NO_CELEBRATION, s -> {
            s.doneEarlier();
            s.observe(ines, "METRIC", "1 team retro facilitated on my own, with an owner for all 4 actions.", 6);
            s.interpret("The timer helped; nobody minded being cut off by it.", null, null);
            s.feedback(amara, "In Thursday's retro,", "you asked the quietest person for their card first",
                    "and two topics came up that the team had never raised.", null);
            s.action(ines, "Write and send the notes of the next retro myself", 10, retros);
            s.rating(5, 4, 5, null);
            s.autonomy(3);
        });
        p.measure(retros, "2", p.later(5), "Second retro, with a timer on every topic.");
        p.hold(NO_CELEBRATION, s -> {
            s.doneEarlier();
            s.observe(ines, "BEHAVIOR", "The team asked me to run the retros for the rest of the quarter.", 3);
            s.interpret("The notes got more replies than the team lead's used to.", null, null);
            s.feedback(amara, "When the team argued about the release freeze,", "you paused the retro and wrote both positions on the board",
                    "and they agreed on a trial in five minutes.", null);
            s.action(ines, "Ask the team for written feedback on the retros", 14, retros);
            s.note(amara, "Ines reached her first milestone weeks ago and we never stopped to mark it. Do it next time.", "PRIVATE");
            s.rating(4, 5, 5, null);
            s.autonomy(4);
        });
    }
}
