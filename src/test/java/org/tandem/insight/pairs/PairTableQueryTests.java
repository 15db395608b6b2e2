package org.tandem.insight.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.insight.Balance;
import org.tandem.shared.InvalidInputException;

/** Sorting, filtering and the cursor of the pair table, over rows held in memory. */
class PairTableQueryTests {

    static PairRow row(String mentee, Instant last, Double adherence, PairFlag... flags) {
        return new PairRow(UUID.randomUUID(), new PairRow.Person(UUID.randomUUID(), "Mentor of " + mentee),
                new PairRow.Person(UUID.randomUUID(), mentee), true, last, null, adherence, new Balance(null, null, null), List.of(flags));
    }

    static final PairFlag MISSED = new PairFlag(FlagKind.MISSED_IN_A_ROW, "missed");
    static final PairFlag OVERDUE = new PairFlag(FlagKind.ACTIONS_OVERDUE, "overdue");

    final List<PairRow> rows = List.of(
            row("Bea", Instant.parse("2027-01-10T09:00:00Z"), 0.5, MISSED),
            row("Ann", null, null),
            row("Cem", Instant.parse("2027-02-10T09:00:00Z"), 1.0, MISSED, OVERDUE),
            row("Dan", Instant.parse("2026-12-10T09:00:00Z"), 0.25));

    static List<String> mentees(List<PairRow> rows) {
        return rows.stream().map(r -> r.mentee().displayName()).toList();
    }

    @Test
    void byDefaultTheMostFlaggedPairsComeFirstThenByName() {
        assertThat(mentees(PairTableQuery.of(null, null, null, null, null).slice(rows).rows())).containsExactly("Cem", "Bea", "Ann", "Dan");
    }

    @Test
    void aColumnSortsBothWaysWithEmptyValuesLast() {
        assertThat(mentees(PairTableQuery.of("LAST_CHECK_IN", "ASC", null, null, null).slice(rows).rows())).containsExactly("Dan", "Bea", "Cem", "Ann");
        assertThat(mentees(PairTableQuery.of("last-check-in", "desc", null, null, null).slice(rows).rows())).containsExactly("Cem", "Bea", "Dan", "Ann");
        assertThat(mentees(PairTableQuery.of("ADHERENCE", null, null, null, null).slice(rows).rows())).containsExactly("Dan", "Bea", "Cem", "Ann");
    }

    @Test
    void theFlagFilterKeepsOnlyPairsWithIt() {
        assertThat(mentees(PairTableQuery.of("MENTEE", null, "MISSED_IN_A_ROW", null, null).slice(rows).rows())).containsExactly("Bea", "Cem");
    }

    @Test
    void followingTheCursorVisitsEveryRowOnceInOrder() {
        for (String sort : List.of("FLAGS", "MENTEE", "MENTOR", "LAST_CHECK_IN", "NEXT_CHECK_IN", "ADHERENCE")) {
            for (String order : List.of("ASC", "DESC")) {
                List<PairRow> all = PairTableQuery.of(sort, order, null, null, null).slice(rows).rows();
                List<PairRow> walked = new ArrayList<>();
                String cursor = null;
                do {
                    PairTableQuery.Slice page = PairTableQuery.of(sort, order, null, 1, cursor).slice(rows);
                    walked.addAll(page.rows());
                    cursor = page.nextCursor();
                } while (cursor != null);
                assertThat(walked).as(sort + " " + order).isEqualTo(all).hasSize(4);
            }
        }
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        assertThatThrownBy(() -> PairTableQuery.of("NAME", null, null, null, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("NAME");
        assertThatThrownBy(() -> PairTableQuery.of(null, null, null, 201, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PairTableQuery.of(null, null, null, null, "%%%")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void linksKeepTheFilterAndFlipTheOrderOfTheSortedColumn() {
        PairTableQuery q = PairTableQuery.of("MENTEE", "ASC", "ACTIONS_OVERDUE", null, null);
        assertThat(q.sortedBy(PairSort.MENTEE)).isEqualTo("?sort=MENTEE&order=DESC&flag=ACTIONS_OVERDUE");
        assertThat(q.sortedBy(PairSort.MENTOR)).isEqualTo("?sort=MENTOR&order=ASC&flag=ACTIONS_OVERDUE");
    }
}
