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
        // the rules read one piece of work pointed at with "your" as an anchor, as the labelling guide does; the vagueness
        // model, trained on six other hands that often did not, reads it as vague and names "clearer" (decision 0104)
        var rulesAlone = checker.withModel(VAGUE, RuleModel.NONE);
        assertThat(rulesAlone.check("Your write-up could be clearer; try a one-line summary at the top."))
                .extracting(Finding::rule).doesNotContain(VAGUE);
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

    // round four (decision 0098)

    @Test
    void anAbsoluteQualifiesItsWholeClauseSoTheObjectsOfAHabitAreNoAnchors() {
        assertThat(rules("She forgets to lock the drug cupboard every time.")).contains(ABSOLUTE, VAGUE);
        assertThat(rules("You keep skipping the safety briefing, each and every week.")).contains(ABSOLUTE, VAGUE);
        assertThat(rules("At Monday's launch you were constantly answering questions in the chat, which the customers loved."))
                .doesNotContain(VAGUE);
    }

    @Test
    void aHabitStretchedOverEveryOccasionIsAComplaintUnlessItsSentencePraises() {
        assertThat(rules("You are forever changing the rota.")).contains(NOT_ACTIONABLE);
        assertThat(rules("He interrupts the juniors all the time.")).contains(NOT_ACTIONABLE);
        assertThat(rules("You are forever helping the new starters, thank you.")).doesNotContain(NOT_ACTIONABLE);
        // plain "always" is left to the verb: it praises as often as it complains
        assertThat(rules("You always know what to say to a worried parent.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aThingLeftInAnUnStateIsSomethingNotDone() {
        assertThat(rules("On Friday you left the loading bay door unlocked.")).contains(NOT_ACTIONABLE);
        assertThat(rules("On Friday you stayed unfazed when the customer shouted.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("On Friday you never left a single order unpacked.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void theImperativeMoodAlsoOpensAClauseAfterASemicolonOrAFrontedAdverbial() {
        assertThat(rules("Your rota for June had two gaps; check it against the leave calendar before you publish it."))
                .doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("On Tuesday the handover ran 40 minutes. Next shift, start with the patients on the sepsis list."))
                .doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("On Tuesday the handover ran 40 minutes. In the end, the night team left late.")).contains(NOT_ACTIONABLE);
    }

    @Test
    void aStepEndsAtASemicolonSoAWishDoesNotSwallowTheRealStep() {
        assertThat(rules("You could be more concise; please keep the Monday update to five bullet points."))
                .doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void neverWithANegatedPhraseIsDoubleNegationAndPraises() {
        assertThat(rules("You never ship without a second review.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("You never say no to an extra shift.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("You never update the tickets.")).contains(NOT_ACTIONABLE);
        assertThat(rules("You didn't answer the question about the data leak until Friday.")).contains(NOT_ACTIONABLE);
    }

    @Test
    void aNegatingPrefixTurnsAListedTraitIntoItsOpposite() {
        assertThat(rules("You are so unapproachable.")).contains(TRAIT_LANGUAGE, NOT_ACTIONABLE);
        assertThat(rules("He is dishonest with the customers.")).contains(TRAIT_LANGUAGE, NOT_ACTIONABLE);
        assertThat(rules("The unexpected outage on Monday was handled in ten minutes.")).doesNotContain(TRAIT_LANGUAGE);
    }

    @Test
    void aDegreeAdverbInLyGradesTheQualityLikeAnIntensifier() {
        assertThat(rules("She is wonderfully patient.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("On Monday you were unusually early.")).doesNotContain(TRAIT_LANGUAGE);
    }

    @Test
    void aTraitOfHowThePersonTreatsOthersMayTakeOf() {
        assertThat(rules("You were dismissive of the new nurse at Monday's huddle.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("You were proud of the release on Monday.")).doesNotContain(TRAIT_LANGUAGE);
    }

    @Test
    void anExclamationThatClassesThePersonIsTraitLanguage() {
        assertThat(rules("What a kind heart you have!")).contains(TRAIT_LANGUAGE);
        assertThat(rules("Such a thoughtful mentor!")).contains(TRAIT_LANGUAGE, VAGUE);
        assertThat(rules("What a mess!")).doesNotContain(TRAIT_LANGUAGE);
    }

    @Test
    void workThatHadToBeRedoneIsAProblem() {
        assertThat(rules("The stock count you did on Sunday had to be redone.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The stock count you did on Sunday had to be redone; next time, count each aisle twice.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aClaimContradictedByTheNextClauseIsAProblem() {
        assertThat(rules("On Monday you said the fix was live, but the ticket was still open.")).contains(NOT_ACTIONABLE);
        assertThat(rules("On Monday you told me you were nervous, but it didn't show at all.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("On Monday you said the fix was live, and it was.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aDefectCarriedByThePersonsWorkIsAProblemButAReferenceIsNot() {
        assertThat(rules("The form you published on Monday had a broken upload button.")).contains(NOT_ACTIONABLE);
        assertThat(rules("On Monday you replaced a broken cable in the server room.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aBarePossessiveSubjectOfAJudgementDoesNotSayWhichPiece() {
        assertThat(rules("Your presentation was confusing.")).contains(VAGUE);
        assertThat(rules("Your presentation at the board meeting was confusing.")).doesNotContain(VAGUE);
        assertThat(rules("What a great presentation!")).contains(VAGUE);
    }

    @Test
    void aWishForADegreeIsCriticismAndNoStep() {
        assertThat(rules("Please listen better to the customers.")).contains(NOT_ACTIONABLE);
        assertThat(rules("Work on your communication.")).contains(NOT_ACTIONABLE);
        assertThat(rules("On Monday the tests failed twice. Write more tests for the parser before Friday.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aCompoundNumberWordIsAnAmount() {
        assertThat(rules("Yesterday the patient waited forty-five minutes for a wheelchair.")).contains(NOT_ACTIONABLE);
    }

    @Test
    void anAbsolutePutAfterTheVerbStillQualifiesIt() {
        assertThat(rules("He checks always the fridge last.")).contains(ABSOLUTE);
        assertThat(rules("You said always to check the dose twice.")).doesNotContain(ABSOLUTE);
    }

    @Test
    void aJobPointedAtIsAPersonWhoseTraitsAreJudged() {
        assertThat(rules("Our new nurse is careless.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("The new scanner is unreliable.")).doesNotContain(TRAIT_LANGUAGE);
    }

    // round five (decision 0100): criticism stated by its consequence, graded qualities, months read against today

    @Test
    void aBadOutcomeOfThePersonsWorkIsCriticism() {
        assertThat(rules("The refund you keyed on Monday was paid twice.")).contains(NOT_ACTIONABLE).doesNotContain(VAGUE);
        assertThat(rules("The crate you nailed on Friday collapsed on the forklift.")).contains(NOT_ACTIONABLE);
        assertThat(rules("You changed the menu on Tuesday, and a guest had an allergic reaction.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The parcels came back on Thursday because the labels you printed had the old postcodes."))
                .contains(NOT_ACTIONABLE);
        assertThat(rules("You published the results on Monday before the statistician had checked them.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The stock sheet was not signed on Sunday.")).contains(NOT_ACTIONABLE);
    }

    @Test
    void aBadOutcomeThePersonDidNotCauseOrUndidIsNoCriticism() {
        assertThat(rules("The van broke down on Thursday, and you moved the parcels to the spare van.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("When the customer was angry on Monday, you listened and offered the refund.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("Your test on Tuesday showed the bridge would crack under the new load.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("You noticed on Friday that the invoice had been paid twice and got the money back."))
                .doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("Thanks to your check on Monday, nothing was thrown away.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("You cancelled the order for her on Tuesday so she would not be charged.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("The damaged pallet you refused on Monday was credited in full.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void theMessageNamesTheWordsThatMadeItCriticism() {
        var finding = checker.check("The refund you keyed on Monday was paid twice.").stream()
                .filter(f -> f.rule() == NOT_ACTIONABLE).findFirst().orElseThrow();
        assertThat(finding.message()).contains("\u201Cpaid twice\u201D");
    }

    @Test
    void aGradedQualitySaidOfThePersonIsATrait() {
        assertThat(rules("You are so patient with the new starters.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("He is not careful enough with the scanners.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("You're way too blunt with the juniors.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("You were very quick to reply on Monday.")).doesNotContain(TRAIT_LANGUAGE);
        assertThat(rules("You were so tired after the night shift on Sunday.")).doesNotContain(TRAIT_LANGUAGE);
        assertThat(rules("The guests were so happy with the room on Friday.")).doesNotContain(TRAIT_LANGUAGE);
    }

    @Test
    void aShortVerblessSentenceEvaluates() {
        assertThat(rules("Stellar newsletter!")).contains(VAGUE);
        assertThat(rules("Splendid effort.")).contains(VAGUE);
        assertThat(rules("Carry on!")).doesNotContain(VAGUE);
        assertThat(rules("Happy holidays!")).doesNotContain(VAGUE);
    }

    @Test
    void aMonthNamedAsTheTimeOfTheEventIsReadAgainstToday() {
        var today = java.time.LocalDate.of(2025, 6, 30);
        assertThat(staleIn("Back in February you reorganised the store room.", today)).isTrue();
        assertThat(staleIn("In April you led the stocktake.", today)).isTrue();
        assertThat(staleIn("On 3 March you chaired the review.", today)).isTrue();
        assertThat(staleIn("In June you led the stocktake.", today)).isFalse();
        assertThat(staleIn("The survey you ran in March still gets answers.", today)).isFalse();
        assertThat(staleIn("In March we will open the new wing.", today)).isFalse();
        assertThat(staleIn("You sent the quote with last year's prices on Monday.", today)).isFalse();
        assertThat(staleIn("Last quarter you closed the biggest deal of the year.", today)).isTrue();
    }

    // round six

    @Test
    void oneValueOrScopePutForAnotherIsAMixUp() {
        assertThat(rules("You dispensed 10 mg instead of 5 mg on Tuesday.")).contains(NOT_ACTIONABLE);
        assertThat(rules("Your export on Friday went to all partners instead of the two in the pilot.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The query you rewrote on Monday runs in 8 seconds instead of 3 minutes.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("On Monday you asked the buyer for examples instead of arguing.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("You chose the train instead of the plane for Tuesday's visit.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("The poster you made on Friday uses pictures instead of words.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aThingLeftForOthersInThePassiveIsAProblem() {
        assertThat(rules("On Sunday the sluice door was left open overnight.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The exam papers were left on the desk in room 4 on Tuesday.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The room was left spotless after your session on Monday.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("The parcels were left at the depot on Monday because the van broke down.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("The ward was left short on Sunday, and you still finished the round.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("Nothing was left on the trolley after your round on Tuesday.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void anOutcomeOnThePersonsWatchIsTheirs() {
        assertThat(rules("The cash drawer was 30 pounds short at the end of your shift on Friday.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The cash drawer balanced to the penny at the end of your shift on Friday.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aClaimDeniedInAShortClauseIsContradicted() {
        assertThat(rules("You told the tenant on Monday that the repair was booked, and it was not.")).contains(NOT_ACTIONABLE);
        assertThat(rules("You told the tenant on Monday that the repair was booked, and it was.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aLookBackOrAWishedStateIsNoStepHoweverItIsWritten() {
        // round eight's batches: "should of" as "should have" is often written, questions that look back with an adverb
        // before "have", orders to stop being something, "try harder", "reflect on"
        assertThat(rules("You left the van unlocked on Sunday, you should of checked it.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The invoices were wrong. Could you not have checked the rates first?")).contains(NOT_ACTIONABLE);
        assertThat(rules("Please stop being so rude to customers.")).contains(NOT_ACTIONABLE);
        assertThat(rules("Your documentation is thin. Try harder.")).contains(NOT_ACTIONABLE);
        assertThat(rules("Your tone in the meeting was off. I would ask you to reflect on how it came across.")).contains(NOT_ACTIONABLE);
        // and the people these readings keep out: steps that name something to do
        assertThat(rules("Your tone in the meeting was off; please stop interrupting people before they finish.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("The handover was rushed. Could you not leave it until five to six next time, and start at half past?"))
                .doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("Your estimate was off by a week. Should you want a second pair of eyes, send it to Priya first."))
                .doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aWhyQuestionAboutWhatHappenedReproaches() {
        assertThat(rules("Why was the fridge log left blank on Saturday?")).contains(NOT_ACTIONABLE);
        assertThat(rules("Why was the fire register still out of date on Friday?")).contains(NOT_ACTIONABLE);
        assertThat(rules("Why did the new starters enjoy Monday's induction so much? You gave each a buddy.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("Why don't you try the checklist on Monday's round?")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("Why did the pupils love Friday's lesson so much? Because you let them run it.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("On Tuesday you asked \"Why did the pump stop?\" and found the loose cable.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aBareVerbBeforeItsObjectOpensAStepEvenWhenNoListHoldsIt() {
        assertThat(rules("The refund you keyed on Monday was paid twice. Reverse the second payment and tell the customer."))
                .doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("The form you filed on Tuesday was missing two signatures. Overall the rest was fine.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The report you sent on Monday had the wrong totals. Shame the client saw it first.")).contains(NOT_ACTIONABLE);
    }

    @Test
    void praiseConcededBeforeButDoesNotTakeAnOutcomeBack() {
        assertThat(rules("I liked your energy at Thursday's launch, but the budget you presented was 40k over and the sponsor walked out."))
                .contains(NOT_ACTIONABLE);
        assertThat(rules("The customer was angry at first on Monday, but after your call she thanked us.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void moreOfAnUncountableQualityIsAWishNotAStep() {
        assertThat(rules("You need to take more ownership of the rota.")).contains(NOT_ACTIONABLE);
        assertThat(rules("You have to show more initiative with the suppliers.")).contains(NOT_ACTIONABLE);
        assertThat(rules("On Monday the tests missed the null case. Write more tests for the parser before Friday."))
                .doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("On Monday the handover missed two patients. Please write more detail in the handover for bay 3."))
                .doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void workThatNeedsMoreOfSomethingLacksIt() {
        assertThat(rules("Your copy needs more punch.")).contains(VAGUE, NOT_ACTIONABLE);
        assertThat(rules("Your slides for Monday's board need better structure.")).contains(NOT_ACTIONABLE);
        assertThat(rules("Your patients need more time on Fridays.")).doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("The ward needs more nurses on nights.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aHabitOfPuttingSomethingOffIsCriticism() {
        assertThat(rules("You always leave the rota until the last day of the month.")).contains(NOT_ACTIONABLE, ABSOLUTE);
        assertThat(rules("You left the decision until Friday, when we had the data.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void nobodyPastAPhraseThatSaysWhoStillDenies() {
        assertThat(rules("He is very abrasive and no one in the office wants to work with him.")).contains(NOT_ACTIONABLE);
        assertThat(rules("Nobody in the night team knew about the new rules after your handover on Sunday.")).contains(NOT_ACTIONABLE);
        assertThat(rules("Nobody on the ward knew the code for the new door until you put it on the board on Monday."))
                .doesNotContain(NOT_ACTIONABLE);
        assertThat(rules("Nobody in the team knew more about the client than you did at Tuesday's pitch.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void breakingSomethingDownItemisesIt() {
        assertThat(rules("The quote you sent on Tuesday broke the price down by room, and the client accepted it the same day."))
                .doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aBeliefThePersonLeftDeniedInAShortClauseIsAMisunderstanding() {
        assertThat(rules("After your chat with the tenants on Monday they think the rent includes parking, and it does not."))
                .contains(NOT_ACTIONABLE);
        assertThat(rules("After your talk on Monday the team thinks the plan will work, and it will.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void nobodyKnowingIsAGapButNobodyKnowingBetterPraises() {
        assertThat(rules("The samples were not labelled when you stored them on Monday, and now nobody knows which donor they came from."))
                .contains(NOT_ACTIONABLE);
        assertThat(rules("Nobody knows the rota better than you, as Tuesday showed.")).doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void aSuperlativeThatRanksThePersonAmongPeopleClassesThem() {
        assertThat(rules("Amara is the calmest person on the whole ward.")).contains(TRAIT_LANGUAGE, VAGUE);
        assertThat(rules("He is the most generous colleague I have had.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("He is the worst colleague I have had.")).contains(TRAIT_LANGUAGE, NOT_ACTIONABLE);
        assertThat(rules("She is the newest nurse on the ward, and on Monday she ran the drug round alone.")).doesNotContain(TRAIT_LANGUAGE);
        assertThat(rules("This is the best way to run the handover.")).doesNotContain(TRAIT_LANGUAGE);
        assertThat(rules("The guests were the loudest people in the bar on Friday.")).doesNotContain(TRAIT_LANGUAGE);
    }

    private boolean staleIn(String text, java.time.LocalDate today) {
        return checker.check(text, null, today).stream().anyMatch(f -> f.rule() == FeedbackRule.STALE);
    }
}
