package org.tandem.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tandem.checkin.ActionPlanService.ResourceDraft;
import org.tandem.goal.Direction;
import org.tandem.goal.GoalBackfill.Revision;
import org.tandem.goal.GoalBackfill.Terms;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalKind;
import org.tandem.milestone.CelebrationVisibility;
import org.tandem.milestone.MilestoneBackfill;
import org.tandem.milestone.MilestoneId;

/** Jonas's two mentees in Payments: Sam, who thrives, and Mei, whose goal had to change. */
final class PaymentsStories {

    /** Minutes per agenda section: recap, review, interpret, adjust, growth, risks, feedback, celebrate, plan, close. */
    static final int[] BALANCED = {3, 8, 6, 5, 6, 3, 5, 4, 3, 2};
    static final int[] ADJUSTING = {3, 7, 5, 12, 4, 3, 4, 3, 3, 2};

    private PaymentsStories() {
    }

    /** Sam and Jonas: every check-in held, autonomy rising, a milestone reached and celebrated for the whole program. */
    static void samAndJonas(PairPlay p, LocalDate today) {
        var sam = p.mentee;
        var jonas = p.mentor;
        GoalId reviews = p.goal(sam, new Terms("Review payment changes on my own",
                "Review pull requests to the payments service well enough that no senior reviewer has to ask for further changes after me.",
                GoalKind.LEARNING, "Pull requests I reviewed that needed no second review", "pull requests", BigDecimal.ZERO,
                new BigDecimal("8"), Direction.INCREASE,
                "The team merges about ten payment changes a week, and Jonas pairs with me on the first reviews.",
                "Reviews are the team's bottleneck, and reviewing is how I get to know the ledger code.", today.plusDays(45)),
                p.later(1), p.later(2));
        GoalId refunds = p.goal(jonas, new Terms("Retire the legacy refund job",
                "Move the nightly refund batch onto the new event consumer, one refund type at a time, and switch the old cron job off.",
                GoalKind.OUTPUT, "Refund types handled by the new consumer", "refund types", BigDecimal.ZERO, new BigDecimal("4"),
                Direction.INCREASE, "Each refund type is about a week of work; the consumer already exists.",
                "The batch job fails about once a month and wakes someone up.", today.plusDays(30)),
                p.later(1.2), p.later(2.1));
        p.hold(BALANCED, s -> {
            s.observe(sam, "METRIC", "Reviewed 3 pull requests this week; Jonas asked for follow-up changes on all 3.", 2);
            s.interpret("Reading the tests first helped me understand what a change is for.",
                    "I commented on naming and missed a missing idempotency key.",
                    "I don't know yet which parts of a payment change are risky, so I review everything at the same depth.");
            s.answer("growth-tech-01", "The ledger posting flow. I can follow it in the code, but I couldn't draw it without looking.");
            s.feedback(jonas, "In Tuesday's review of the chargeback fix,", "you asked why the retry used a new idempotency key",
                    "and that question found the bug before it shipped.", "Ask that question on every payment change you review.");
            s.action(sam, "Draw the ledger posting flow and walk Jonas through it", 7, reviews);
            s.action(jonas, "Share the review checklist the payments team uses", 3, reviews);
            s.win(sam, "First review comment that changed a payment change before merge.");
            s.rating(4, 5, 5, "Clear plan for the next two weeks.");
            s.autonomy(2);
        });
        p.measure(reviews, "1", p.later(6), "The currency rounding fix went in after my review only.");
        MilestoneId fiveSolo = p.milestone(reviews, "Five reviews that needed no second review", "5", today.plusDays(10), p.later(1));
        p.hold(BALANCED, s -> {
            s.doneEarlier();
            s.observe(jonas, "BEHAVIOR", "Sam's review of the payout change listed the two risky lines first and the style points last.", 4);
            s.interpret("The checklist gives me an order to read a change in.", "Big changes still take me a whole afternoon.",
                    "I read the whole diff before deciding where the risk is.");
            s.feedback(sam, "When you paired with me on the payout review,", "you explained why the ledger entry has to be written first",
                    "and I could spot the same pattern in the next change by myself.", null);
            s.action(sam, "Migrate the card refund type to the new consumer", 10, refunds,
                    new ResourceDraft("COACHING_HOURS", "One hour of pairing with Jonas on the consumer setup"));
            s.win(jonas, "Sam's first solo review went in without changes from a second reviewer.");
            s.rating(5, 5, 5, null);
            s.autonomy(2);
        });
        p.measure(reviews, "2", p.later(5), null);
        p.measure(refunds, "1", p.later(6), "Card refunds run on the new consumer.");
        p.hold(BALANCED, s -> {
            s.doneEarlier();
            s.observe(sam, "METRIC", "Card refunds have run on the new consumer for a week without a failed batch.", 1);
            s.interpret("Migrating one refund type at a time kept each change small enough to review.", null, null);
            s.answer("growth-tech-04", "The outbox pattern in the consumer. I use it, but I couldn't explain why it survives a crash.");
            s.feedback(jonas, "In the incident review on Thursday,", "you explained the refund timeline from the logs, step by step,",
                    "and the team agreed on the fix in ten minutes instead of an hour.", "Write that timeline up for the runbook.");
            s.action(sam, "Write the refund incident timeline into the runbook", 5, null);
            s.action(sam, "Migrate bank transfer refunds to the new consumer", 12, refunds);
            s.win(sam, "Card refunds are off the legacy job.");
            s.rating(4, 4, 5, null);
            s.autonomy(3);
        });
        p.measure(reviews, "4", p.later(6), "Two reviews in a row without a second round.");
        p.hold(BALANCED, s -> {
            s.doneEarlier();
            s.observe(sam, "OUTCOME", "The runbook now has the refund timeline; on-call used it last weekend.", 3);
            s.interpret("Writing things down for on-call made me understand the job better than reading the code did.", null, null);
            s.feedback(sam, "When I asked for help with the transfer refunds on Monday,", "you answered with a question instead of the fix",
                    "and I found the missing status mapping myself, which I remember better.", null);
            s.action(sam, "Review the next two currency changes without asking Jonas first", 10, reviews);
            s.win(jonas, "Sam's runbook entry got the on-call engineer through a Saturday alert in fifteen minutes.");
            s.rating(5, 4, 5, "Good to talk about how I ask for help.");
            s.autonomy(3);
        });
        p.measure(reviews, "5", p.later(4), "Fifth review that went in without a second one.");
        p.measure(refunds, "2", p.later(5), null);
        p.hold(BALANCED, s -> {
            s.doneEarlier();
            s.observe(sam, "METRIC", "5 reviews merged without a second review, the milestone we set.", 2);
            s.interpret("Reviewing the risky lines first made the reviews faster and better.", null, null);
            s.answer("growth-tech-06", "Reading query plans. The refund lookups are getting slow and I'd like to fix them myself.");
            s.feedback(jonas, "In the architecture review last week,", "you presented the consumer migration with the failure numbers first",
                    "and the staff engineers approved the last two refund types without a follow-up meeting.", null);
            s.win(sam, "Milestone reached: five reviews with no second round.");
            s.action(sam, "Pair with the database team on the refund lookup query plans", 14, null,
                    new ResourceDraft("TRAINING", "The internal query tuning workshop"));
            s.rating(5, 5, 5, null);
            s.autonomy(4);
        });
        p.celebrate(fiveSolo, new MilestoneBackfill.Draft(
                "Sam reviewed five payment changes that went in without a second review. Changes reach production a day sooner, "
                        + "and Jonas has his afternoons back for design work.",
                List.of(new MilestoneBackfill.Reward("RESPONSIBILITY", "Sam joins the rota of required reviewers for the payments service"),
                        new MilestoneBackfill.Reward("LEARNING", "A seat at the quarterly architecture review, with Jonas")),
                List.of(new MilestoneBackfill.NextStep("ADVANCED_LEARNING", "Review changes to the ledger service, where the rules are stricter")),
                "Review turnaround on payment changes went from about two days to under one, and the team no longer waits for Jonas "
                        + "to approve every change.",
                CelebrationVisibility.PROGRAM,
                List.of(new MilestoneBackfill.Words("dana.whitfield@" + sam.email().substring(sam.email().indexOf('@') + 1), "Dana Whitfield, Payments team lead",
                        "Sam's reviews catch the things that hurt later: idempotency keys, rounding, retries. Two of his comments last "
                                + "sprint saved us a rollback. Thank you, Sam!"))),
                p.later(0.1), p.later(2));
        p.measure(reviews, "6", p.later(3), null);
        p.measure(refunds, "3", p.later(4), "Bank transfer refunds moved.");
        p.hold(BALANCED, s -> {
            s.doneEarlier();
            s.observe(jonas, "BEHAVIOR", "Sam led the review of the new currency service without me in the room.", 5);
            s.interpret("Being on the reviewer rota means people come to me with questions now.", "I said yes to too many reviews this week.",
                    "I haven't learned yet to say which reviews can wait.");
            s.feedback(jonas, "On Wednesday, when three review requests came in at once,", "you told the team which one you would do first and why",
                    "and nobody chased you for the other two.", null);
            s.action(sam, "Migrate wallet refunds and switch the legacy cron job off", 14, refunds);
            s.win(sam, "Dana shared the celebration in the Payments channel.");
            s.note(sam, "Next time: how to say no to a review without slowing the team down.", "PAIR");
            s.rating(5, 5, 4, null);
            s.autonomy(4);
        });
    }

    /** Mei and Jonas: the design sign-off stalled after a reorganisation, and they revised the goal with its reasons. */
    static void meiAndJonas(PairPlay p, LocalDate today) {
        var mei = p.mentee;
        var jonas = p.mentor;
        GoalId signOff = p.goal(mei, new Terms("Get the payment retries design signed off",
                "Write the design for smarter payment retries and get sign-off from every team whose service it touches.",
                GoalKind.OUTPUT, "Teams that signed off the retries design", "teams", BigDecimal.ZERO, new BigDecimal("4"),
                Direction.INCREASE, "The first draft exists; each team has a fortnightly review slot.",
                "Failed retries cost us about two percent of card payments.", today.plusDays(20)),
                p.later(1), p.later(1.5));
        p.hold(BALANCED, s -> {
            s.observe(mei, "OUTCOME", "Shared the first draft of the retries design with Fraud, Ledger, Checkout and Treasury.", 3);
            s.answer("growth-strat-01", "How we choose the retry schedule per card network. Today one staff engineer decides alone.");
            s.feedback(jonas, "When you sent the draft to the four teams,", "you wrote one line at the top on what you need from each of them",
                    "and Fraud replied the same day.", "Keep that line in every review request.");
            s.action(mei, "Book review slots with Fraud and Ledger", 5, signOff);
            s.rating(4, 4, 4, null);
            s.autonomy(3);
        });
        p.measure(signOff, "1", p.later(7), "Fraud signed off.");
        p.hold(BALANCED, s -> {
            s.doneEarlier();
            s.observe(mei, "METRIC", "1 of 4 teams signed off (Fraud). Ledger cancelled their review slot twice.", 2);
            s.interpret("Fraud's review went quickly because I brought the numbers they care about.",
                    "Ledger's review did not happen.", "Ledger is being merged into Treasury and their reviews are on hold.");
            s.risk("Ledger's reorganisation could block the last sign-off for weeks", 3, 2, "Jonas to ask Treasury's lead who signs for Ledger now");
            s.action(mei, "Ask Treasury who reviews for the former Ledger team", 4, signOff);
            s.rating(4, 4, 5, null);
            s.autonomy(3);
        });
        p.measure(signOff, "1", p.later(8), "No change: still waiting for Ledger.");
        p.hold(ADJUSTING, s -> {
            s.doneEarlier();
            s.observe(mei, "OUTCOME", "Treasury confirmed that they now review for the former Ledger team; their next slot is in three weeks.", 1);
            s.interpret("Asking Treasury directly got an answer in a day.", "The goal still counted four teams, but only three exist now.",
                    "The reorganisation changed who signs off; the goal didn't follow.");
            s.revise(mei, signOff, new Revision(null, new BigDecimal("3"), today.plusDays(40),
                    "Ledger was merged into Treasury, so one of the four sign-offs no longer exists and Treasury signs for both. "
                            + "Treasury's next review slot is in three weeks, so we move the date instead of rushing their review.",
                    "Treasury is busy with the quarter-end close until the middle of the month.",
                    "Treasury's architecture review meets every other Thursday."), true);
            s.feedback(jonas, "In today's adjustment,", "you brought the new org chart and a proposal for the revised goal",
                    "and we agreed on it in ten minutes.", null);
            s.action(mei, "Send Treasury the design with the ledger section expanded", 6, signOff);
            s.rating(5, 5, 5, "Revising the goal took the pressure off.");
            s.autonomy(3);
        });
        p.measure(signOff, "2", p.later(6), "Checkout signed off.");
        p.hold(BALANCED, s -> {
            s.doneEarlier();
            s.observe(mei, "METRIC", "2 of 3 teams signed off; Treasury's review is booked.", 2);
            s.answer("growth-strat-02", "Checkout changed their retry timeout after my design review. The chart of lost payments convinced them.");
            s.feedback(mei, "When you told Treasury's lead about the reorganised sign-off,", "you copied me into the thread",
                    "and I could answer their questions directly instead of through you.", null);
            s.action(mei, "Prepare the three questions Treasury asked about ledger reconciliation", 7, signOff);
            s.win(mei, "Checkout changed their retry timeout because of the design.");
            s.rating(4, 5, 4, null);
            s.autonomy(4);
        });
        p.measure(signOff, "2", p.later(9), null);
        p.hold(BALANCED, s -> {
            s.doneEarlier();
            s.observe(jonas, "BEHAVIOR", "Mei answered Treasury's reconciliation questions in the design doc, with a diagram.", 3);
            s.interpret("Answering in the document meant everyone saw the same answer.", null, null);
            s.feedback(jonas, "In the Treasury review on Thursday,", "you stopped to check that their accountant followed the diagram",
                    "and she approved the reconciliation part on the spot.", null);
            s.action(mei, "Present the retries design at the payments guild", 14, null);
            s.win(jonas, "Treasury approved the reconciliation section.");
            s.rating(5, 4, 5, null);
            s.autonomy(4);
        });
        p.hold(BALANCED, s -> {
            s.doneEarlier();
            s.observe(mei, "OUTCOME", "Treasury asked for one change to the failure codes before signing.", 2);
            s.feedback(mei, "When the guild talk ran late,", "you cut my slot to ten minutes and told me why beforehand",
                    "so I could shorten the talk instead of rushing it.", null);
            s.action(mei, "Update the failure codes table Treasury asked for", 14, signOff);
            s.win(mei, "Guild talk on retries done; two teams asked for the slides.");
            s.rating(4, 4, 5, null);
            s.autonomy(4);
        });
        p.measure(signOff, "2", p.later(2), "Treasury's sign-off depends on the failure codes change.");
    }
}
