package org.tandem.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tandem.goal.Direction;
import org.tandem.goal.GoalBackfill.Revision;
import org.tandem.goal.GoalBackfill.Terms;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalKind;
import org.tandem.program.SectionKind;

/** Lucía's two mentees in Design: Kofi, who achieved his first goal, and Hana, a newer pair with a revision waiting. */
final class DesignStories {

    /** Minutes per agenda section: recap, review, interpret, adjust, growth, risks, feedback, celebrate, plan, close. */
    static final int[] REVIEW_HEAVY = {3, 10, 7, 4, 5, 2, 6, 4, 3, 2};

    private DesignStories() {
    }

    /** Kofi and Lucía: an output goal delivered ahead of its date, and a learning goal that follows from it. */
    static void kofiAndLucia(PairPlay p, LocalDate today) {
        var kofi = p.mentee;
        var lucia = p.mentor;
        GoalId forms = p.goal(lucia, new Terms("Ship accessible form components to the design system",
                "Redesign the six form components of the design system so they pass the WCAG 2.2 AA checks, and publish them.",
                GoalKind.OUTPUT, "Form components published that pass AA", "components", BigDecimal.ZERO, new BigDecimal("6"),
                Direction.INCREASE, "Kofi owns the form components already; accessibility review takes a day per component.",
                "Checkout's forms fail the audit, and legal wants them fixed this half-year.", today.plusDays(25)),
                p.later(1), p.later(2));
        p.hold(REVIEW_HEAVY, s -> {
            s.observe(kofi, "OUTCOME", "Audited all six components: four fail on focus order, two on error messages.", 3);
            s.interpret("Auditing all six first showed that two fixes are shared.", null, null);
            s.answer("growth-gen-01", "Mornings, with the screen reader on and nobody in meetings.");
            s.feedback(lucia, "In the audit write-up,", "you grouped the failures by fix instead of by component",
                    "and the engineers could estimate the work in one meeting.", null);
            s.action(kofi, "Publish the text field and select with the new focus order", 10, forms);
            s.win(kofi, "The audit is done and engineering has a plan.");
            s.rating(5, 4, 5, null);
            s.autonomy(3);
        });
        p.measure(forms, "1", p.later(9), "Text field published.");
        p.hold(REVIEW_HEAVY, s -> {
            s.doneEarlier();
            s.observe(kofi, "METRIC", "1 of 6 components published; the select is waiting for review.", 2);
            s.interpret("Pairing with the engineer on the text field made the review quick.", "The select review waited a week.",
                    "The accessibility reviewer is shared with two other teams.");
            s.feedback(kofi, "When the review of the select stalled,", "you asked the reviewer's manager for a fixed weekly slot",
                    "and I now know when my reviews happen.", null);
            s.action(kofi, "Book a weekly accessibility review slot until all six are done", 5, forms);
            s.win(lucia, "The text field is live in checkout.");
            s.rating(5, 5, 5, null);
            s.autonomy(3);
        });
        p.measure(forms, "3", p.later(8), "Select and checkbox published.");
        p.hold(REVIEW_HEAVY, s -> {
            s.doneEarlier();
            s.observe(kofi, "METRIC", "3 of 6 components published.", 3);
            s.observe(lucia, "BEHAVIOR", "Kofi ran the design review of the error messages and kept it to the time he had asked for.", 5);
            s.feedback(lucia, "In Tuesday's design review,", "you showed the screen reader output next to each error message",
                    "and the engineers fixed two wordings before the review ended.", null);
            s.action(kofi, "Publish radio, date and error summary components", 12, forms);
            s.win(kofi, "Checkbox and select passed review on the first try.");
            s.rating(4, 5, 5, null);
            s.autonomy(4);
        });
        p.measure(forms, "5", p.later(7), "Radio and date published.");
        GoalId critique = p.goal(kofi, new Terms("Lead the weekly design critique",
                "Run the weekly design critique so that each presenter leaves with two concrete suggestions.",
                GoalKind.LEARNING, "Critiques I led", "sessions", BigDecimal.ZERO, new BigDecimal("5"), Direction.INCREASE,
                "The critique happens every week; Lucía leads it today and will hand it over.",
                "Leading critique is the next step toward a senior role.", today.plusDays(60)),
                p.later(0.5), p.later(1));
        p.hold(REVIEW_HEAVY, s -> {
            s.doneEarlier();
            s.observe(kofi, "METRIC", "5 of 6 components published; the error summary is in review.", 2);
            s.feedback(kofi, "When you handed me the critique last week,", "you stayed but didn't speak until the end",
                    "and the team addressed their questions to me.", null);
            s.action(kofi, "Publish the error summary component", 7, forms);
            s.win(kofi, "Led my first design critique.");
            s.rating(5, 4, 5, null);
            s.autonomy(4);
        });
        p.measure(forms, "6", p.later(6), "Error summary published: all six pass AA.");
        p.measure(critique, "1", p.later(0.2), null);
        p.hold(REVIEW_HEAVY, s -> {
            s.doneEarlier();
            s.observe(kofi, "OUTCOME", "All six form components pass AA; checkout passed its re-audit.", 3);
            p.achieve(lucia, forms, s.startOf(SectionKind.ADJUST));
            s.interpret("Fixing shared problems once, across components, is what made it fast.", null, null);
            s.feedback(lucia, "In the re-audit,", "you walked the auditor through the keyboard paths yourself",
                    "and the audit took half a day instead of two.", null);
            s.action(kofi, "Write a short guide to the form components for other designers", 14, null);
            s.win(kofi, "Checkout passed the accessibility re-audit.");
            s.win(lucia, "Goal achieved a month before its date.");
            s.rating(5, 5, 5, "Good to close a goal properly.");
            s.autonomy(4);
        });
    }

    /** Hana and Lucía: a newer pair; Hana has proposed raising her target and waits for Lucía's agreement. */
    static void hanaAndLucia(PairPlay p, LocalDate today) {
        var hana = p.mentee;
        var lucia = p.mentor;
        GoalId planning = p.goal(hana, new Terms("Bring research into engineering planning",
                "Get findings from user research into the Search and Payments planning sessions, so that they change planning decisions.",
                GoalKind.LEARNING, "Planning decisions changed by a research finding", "decisions", BigDecimal.ZERO, new BigDecimal("3"),
                Direction.INCREASE, "Both teams plan every two weeks and have agreed to a ten-minute research slot.",
                "Research reports are read by designers, but engineering decides much of what users see.", today.plusDays(50)),
                p.later(1), p.later(2));
        p.hold(PaymentsStories.BALANCED, s -> {
            s.observe(hana, "OUTCOME", "Got a ten-minute slot in Search's planning; Payments hasn't answered yet.", 3);
            s.answer("growth-xfn-05", "What support hears about failed payments. Our interviews never reach the people who gave up.");
            s.feedback(lucia, "In the Search planning,", "you opened with one user's quote and one number",
                    "and the engineers asked for the full clip afterwards.", null);
            s.action(hana, "Ask the Payments lead for a research slot in their planning", 5, planning);
            s.rating(4, 4, 5, null);
            s.autonomy(4);
        });
        p.measure(planning, "1", p.later(9), "Search moved the spelling suggestions up after the zero-results clip.");
        p.hold(PaymentsStories.BALANCED, s -> {
            s.doneEarlier();
            s.observe(hana, "METRIC", "1 planning decision changed: Search moved spelling suggestions up.", 4);
            s.interpret("A short clip worked better than the report.", "Payments still hasn't given me a slot.",
                    "Their lead thinks research is only for the checkout pages.");
            s.risk("Payments may not make room for research before the end of the quarter", 2, 2, "Lucía to introduce Hana to Jonas");
            s.feedback(hana, "When you introduced me to Jonas,", "you told him what I had changed in Search's plan",
                    "so he offered a slot before I asked.", null);
            s.action(hana, "Prepare three short clips on failed payments for Payments' planning", 10, planning);
            s.win(hana, "Search changed its plan because of research.");
            s.rating(5, 5, 5, null);
            s.autonomy(4);
        });
        p.hold(PaymentsStories.BALANCED, s -> {
            s.doneEarlier();
            s.observe(hana, "OUTCOME", "Payments gave me a standing slot in their planning from next sprint.", 2);
            s.revise(hana, planning, new Revision(null, new BigDecimal("4"), null,
                    "Payments has given research a standing slot in their planning, so one more changed decision is realistic, "
                            + "and I'd like to aim for it.", null, null), false);
            s.feedback(lucia, "In today's check-in,", "you came with a proposal to raise your own target",
                    "which makes it easy for me to say yes once we've seen one Payments planning.", null);
            s.action(hana, "Bring the failed payments clips to Payments' planning", 14, planning);
            s.win(lucia, "Payments asked for research on its own.");
            s.rating(4, 5, 5, null);
            s.autonomy(4);
        });
    }
}
