package org.tandem.goal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.goal.Direction;
import org.tandem.goal.core.GoalChanges;
import org.tandem.goal.core.GoalDraft;
import org.tandem.goal.core.GoalFixtures;
import org.tandem.goal.core.GoalRevision;
import org.tandem.goal.core.GoalTerms;
import org.tandem.goal.core.Indicator;
import org.tandem.goal.web.GoalForms.GoalForm;
import org.tandem.goal.web.GoalForms.ReframeForm;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

class GoalFormsTests {

    final GoalTerms terms = GoalFixtures.activeGoal().terms();

    @Test
    void aRevisionFormSentBackUnchangedProposesNothing() {
        List<FieldError> errors = new ArrayList<>();

        assertThat(GoalForm.of(terms).changesFrom(terms, errors).isEmpty()).isTrue();
        assertThat(errors).isEmpty();
    }

    @Test
    void aRevisionFormNamesOnlyWhatDiffers() {
        GoalForm form = GoalForm.of(terms);
        GoalForm edited = new GoalForm(form.title(), form.statement(), form.kind(), form.indicatorName(), form.indicatorUnit(),
                "40.0", "70", form.direction(), form.attainability(), form.relevance(), "2027-08-01");

        GoalChanges changes = edited.changesFrom(terms, new ArrayList<>());

        assertThat(changes).isEqualTo(GoalChanges.none().withTarget(new BigDecimal("70")).withDueOn(LocalDate.of(2027, 8, 1)));
    }

    @Test
    void numbersAcceptADecimalCommaAndRefuseWords() {
        List<FieldError> errors = new ArrayList<>();

        assertThat(GoalForms.number("3,5", "value", errors)).isEqualByComparingTo("3.5");
        assertThat(GoalForms.number(" ", "value", errors)).isNull();
        assertThat(GoalForms.number("lots", "value", errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("value");
    }

    @Test
    void aLenientDraftIgnoresWhatCannotBeReadYet() {
        GoalForm half = new GoalForm("T", "Run reviews", "OUTPUT", "", "", "4", "1x", "INCREASE", "", "", "2027-1");

        GoalDraft draft = half.toDraft(null);

        assertThat(draft.baseline()).isEqualByComparingTo("4");
        assertThat(draft.target()).isNull();
        assertThat(draft.dueOn()).isNull();
    }

    @Test
    void domainFieldErrorsFindTheirInput() {
        assertThat(GoalForms.input("", GoalTerms.TARGET)).isEqualTo("target");
        assertThat(GoalForms.input("", GoalTerms.INDICATOR_NAME)).isEqualTo("indicatorName");
        assertThat(GoalForms.input("reframe", GoalTerms.STATEMENT)).isEqualTo("reframeStatement");
        assertThat(GoalForms.input("reframe", GoalRevision.RATIONALE)).isEqualTo("reframeRationale");
        assertThat(GoalForms.input("", GoalRevision.CHANGES)).isEqualTo(GoalForms.FORM);
    }

    @Test
    void theReframeFormBuildsTheGuidedChangeAndNamesWhatIsMissing() {
        var form = new ReframeForm("Coach two teammates through their first reviews", "Teammates coached", "people", "0", "2",
                "INCREASE", "The skill grows", "", false);

        assertThat(form.toChanges()).isEqualTo(GoalChanges.reframeAsLearning("Coach two teammates through their first reviews",
                new Indicator("Teammates coached", "people", BigDecimal.ZERO, new BigDecimal("2"), Direction.INCREASE)));
        assertThatThrownBy(() -> ReframeForm.empty().toChanges()).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).contains(GoalTerms.STATEMENT, GoalTerms.INDICATOR_NAME,
                        GoalTerms.BASELINE, GoalTerms.TARGET));
    }
}
