package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.feedback.FeedbackRule.ABSOLUTE;
import static org.tandem.feedback.FeedbackRule.NOT_ACTIONABLE;
import static org.tandem.feedback.FeedbackRule.TRAIT_LANGUAGE;
import static org.tandem.feedback.FeedbackRule.VAGUE;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The grammar added in round two (issue 16): mood of steps, absolutes by structure, predicates of a person. */
class FeedbackGrammarTests {

    private final FeedbackChecker checker = FeedbackChecker.english();

    private Set<FeedbackRule> rules(String text) {
        return checker.check(text).stream().map(Finding::rule).collect(Collectors.toSet());
    }

    @Test
    void aQuestionThatOffersAStepCountsAsOne() {
        assertThat(rules("Would it help to keep a checklist at the admission desk? On Tuesday the admission missed the weight."))
                .doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("Can we pair on the flaky test this afternoon? It failed three times on main yesterday."))
                .doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aQuestionThatLooksBackIsNoStep() {
        assertThat(rules("Could you have checked the dose? On Tuesday you gave the wrong dose to bed 4.")).contains(NOT_ACTIONABLE);
    }

    @Test
    void aStepMarkerAtTheEndOfASentenceMakesTheWholeSentenceTheStep() {
        assertThat(rules("On Monday the Almeida report had wrong prices. Ask Julia to check the prices before sending, next time."))
                .doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void anOrderToBeSomeoneElseIsAWishNotAStep() {
        assertThat(rules("Be more confident in front of the class.")).contains(VAGUE, NOT_ACTIONABLE);
        assertThat(rules("Try to be more organised on the early shift.")).contains(NOT_ACTIONABLE);
        assertThat(rules("On Monday you came to handover at 7:20. Be on the ward by 7:00 so the night team can leave."))
                .doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void quantifiersOverOccasionsAreAbsolutes() {
        assertThat(rules("You complain each and every day.")).contains(ABSOLUTE);
        assertThat(rules("You keep skipping your lunch break, every single shift.")).contains(ABSOLUTE);
        assertThat(rules("Every time you close a ticket you skip the survey.")).contains(ABSOLUTE);
        assertThat(rules("You call the family every day.")).contains(ABSOLUTE);
    }

    @Test
    void countingThingsIsNoAbsolute() {
        assertThat(rules("On Friday you answered every ticket in the queue before noon.")).doesNotContain(ABSOLUTE);
        assertThat(rules("The alarm goes off every day at noon, so you asked facilities on Tuesday to move the sensor."))
                .doesNotContain(ABSOLUTE);
    }

    @Test
    void tooMuchOfAQualityIsSaidOfThePerson() {
        assertThat(rules("She is too quiet in planning meetings.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("The build is too slow since Monday's change.")).doesNotContain(TRAIT_LANGUAGE);
        assertThat(rules("You were too late for the 9:00 standup on Monday.")).doesNotContain(TRAIT_LANGUAGE);
    }

    @Test
    void anExclamationAboutThePersonJudgesThem() {
        assertThat(rules("What a thoughtful mentor you are!")).contains(TRAIT_LANGUAGE, VAGUE);
        assertThat(rules("What a week we had!")).doesNotContain(TRAIT_LANGUAGE);
    }

    @Test
    void anAdjectiveThatClosesWhatIsSaidOfAPersonIsTraitLanguage() {
        assertThat(rules("He is so bossy with the interns.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("She was absent on Monday, so you covered the ward round.")).doesNotContain(TRAIT_LANGUAGE);
        assertThat(rules("The report is excessive.")).doesNotContain(TRAIT_LANGUAGE);
    }

    @Test
    void classingThePersonAsAKindOfPersonIsTraitLanguageButAJobIsNot() {
        assertThat(rules("He's a 10x engineer.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("You're such a worrier.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("The new hire is a freeloader.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("She is a senior nurse on ward 5, and on Monday she showed you the drug round.")).doesNotContain(TRAIT_LANGUAGE);
        assertThat(rules("You were a great help on Monday's night shift.")).doesNotContain(TRAIT_LANGUAGE);
    }

    @Test
    void someoneKeptWaitingIsAProblemButThePersonsOwnPauseIsNot() {
        assertThat(rules("On Monday the customer waited forty minutes on hold.")).contains(NOT_ACTIONABLE);
        assertThat(rules("On Tuesday you waited five seconds after each question, and more hands went up."))
                .doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void otherRegularFormsOfAListedProblemVerbCountWhenThePersonDoesIt() {
        assertThat(rules("You keep forgetting the allergy band.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The nightly tests kept forgetting their fixtures until your fix on Tuesday.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void theStemmerReducesRegularFormsToOneStem() {
        assertThat(Stems.of("forgetting")).isEqualTo(Stems.of("forget")).isEqualTo(Stems.of("forgets"));
        assertThat(Stems.of("misses")).isEqualTo(Stems.of("missing")).isEqualTo(Stems.of("missed")).isEqualTo("miss");
        assertThat(Stems.of("worries")).isEqualTo(Stems.of("worried"));
        assertThat(Stems.of("status")).isEqualTo("status");
    }

    // round three (issue 16): degree of excess, habits after a possessive, wishes that end on "more", orders

    @Test
    void aDegreeOfExcessSaidOfThePersonsWorkIsCriticism() {
        assertThat(rules("Your emails feel a bit long.")).contains(VAGUE, NOT_ACTIONABLE);
        assertThat(rules("Your pull requests are too big.")).contains(NOT_ACTIONABLE);
        assertThat(rules("On Friday your summary was a bit long; next time put the decision in the first line.")).isEmpty();
        assertThat(rules("The queue was a bit long on Monday, so you opened a second till.")).isEmpty();
        assertThat(rules("I was a bit late to Tuesday's stand-up, and you started it on time without me.")).isEmpty();
    }

    @Test
    void aPluralOrAnActivityAfterAPossessiveIsAHabitNotAnAnchor() {
        assertThat(rules("Your notes could be clearer.")).contains(VAGUE);
        assertThat(rules("Your planning is not good enough.")).contains(VAGUE);
        assertThat(rules("Your write-up could be clearer; try a one-line summary at the top.")).doesNotContain(VAGUE);
    }

    @Test
    void aWishThatEndsOnMoreOrBetterNamesNoStep() {
        assertThat(rules("Try to engage the pupils more.")).contains(VAGUE, NOT_ACTIONABLE);
        assertThat(rules("You need to work more independently.")).contains(NOT_ACTIONABLE);
        assertThat(rules("On Monday the pupils were silent; try asking three of them to answer before you explain more."))
                .doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void anOrderNotToBeSomethingCriticisesIt() {
        assertThat(rules("Don't be so touchy.")).contains(TRAIT_LANGUAGE, NOT_ACTIONABLE);
        assertThat(rules("Stop being so pushy.")).contains(TRAIT_LANGUAGE, NOT_ACTIONABLE);
    }

    @Test
    void somethingLeftOutIsAProblemButLeavingOutAProblemIsNot() {
        assertThat(rules("On Monday you merged the change without running the tests.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The parcel to Lyon went out on Friday without the customs form.")).contains(NOT_ACTIONABLE);
        assertThat(rules("On Tuesday you listened to the whole complaint without interrupting the customer.")).isEmpty();
        assertThat(rules("On Friday you fixed the printer without being asked.")).isEmpty();
        assertThat(rules("On Friday the audit went without a hitch because of your folder.")).isEmpty();
        assertThat(rules("On Monday we finished the count without the new scanner, and your list made it easy.")).isEmpty();
    }

    @Test
    void thePersonsWorkCarryingSomethingOutOfDateIsAProblem() {
        assertThat(rules("The quote you sent on Monday had the old prices.")).contains(NOT_ACTIONABLE);
        assertThat(rules("Your poster for Friday's open day still shows the old opening hours.")).contains(NOT_ACTIONABLE);
        assertThat(rules("On Monday you replaced the old config with the new one.")).isEmpty();
    }
}
