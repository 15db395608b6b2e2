package org.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tandem.insight.InsightRollups.Row;
import org.tandem.insight.ProgramFigures.Group;

class SuppressionTests {

    static final int THRESHOLD = 5;

    @Test
    void aFigureOverFewerRespondentsThanTheThresholdIsHidden() {
        ProgramFigures four = ProgramFigures.total(pairs("Platform", 4, 5), THRESHOLD);
        ProgramFigures five = ProgramFigures.total(pairs("Platform", 5, 5), THRESHOLD);

        assertThat(four.ratings().suppressed()).isTrue();
        assertThat(four.ratings().clarity()).isNull();
        assertThat(four.ratings().respondents()).isNull();
        assertThat(five.ratings().suppressed()).isFalse();
        assertThat(five.ratings().clarity()).isEqualTo(5.0);
    }

    @Test
    void hidingOneSmallGroupAloneWouldLetTotalMinusTheOthersRecoverIt() {
        // The attack, spelled out: the program shows its total and every group but one.
        List<Suppression.Group> groups = List.of(new Suppression.Group("Apps", 6), new Suppression.Group("Data", 2),
                new Suppression.Group("Platform", 9));

        Set<String> hidden = Suppression.hiddenGroups(groups, THRESHOLD);

        // Data (2 people) is hidden, and so is the next smallest (Apps), so subtraction yields Apps+Data together: 8 people
        assertThat(hidden).containsExactlyInAnyOrder("Data", "Apps");
        int recoverable = groups.stream().filter(g -> hidden.contains(g.name())).mapToInt(Suppression.Group::respondents).sum();
        assertThat(recoverable).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void subtractingTheShownGroupsFromTheProgramNeverGivesBackAHiddenGroupsRatings() {
        // Data: two mentees who rated 1; Apps: six who rated 4; Platform: nine who rated 5.
        List<Row> rows = new ArrayList<>();
        rows.addAll(pairs("Data", 2, 1));
        rows.addAll(pairs("Apps", 6, 4));
        rows.addAll(pairs("Platform", 9, 5));

        ProgramFigures total = ProgramFigures.total(rows, THRESHOLD);
        List<Group> byTeam = ProgramFigures.breakdown(rows, Row::team, THRESHOLD);
        Map<String, ProgramFigures> team = byTeam.stream().collect(Collectors.toMap(Group::name, Group::figures));

        assertThat(total.ratings().suppressed()).isFalse();
        assertThat(team.get("Platform").ratings().suppressed()).isFalse();
        assertThat(team.get("Data").ratings().suppressed()).isTrue();
        assertThat(team.get("Apps").ratings().suppressed()).isTrue();
        // what the attacker can compute: total sum minus the shown groups' sums = the hidden groups together
        double totalSum = total.ratings().clarity() * total.ratings().respondents();
        double shownSum = byTeam.stream().filter(g -> !g.figures().ratings().suppressed())
                .mapToDouble(g -> g.figures().ratings().clarity() * g.figures().ratings().respondents()).sum();
        int shownPeople = byTeam.stream().filter(g -> !g.figures().ratings().suppressed())
                .mapToInt(g -> g.figures().ratings().respondents()).sum();
        double recovered = (totalSum - shownSum) / (total.ratings().respondents() - shownPeople);
        assertThat(total.ratings().respondents() - shownPeople).isEqualTo(8);
        assertThat(recovered).isCloseTo((2 * 1 + 6 * 4) / 8.0, within(0.01)); // Apps and Data together, over 8 people
        assertThat(recovered).isNotCloseTo(1.0, within(0.5)); // Data's own average (1) stays unknown
    }

    @Test
    void severalSmallGroupsThatTogetherReachTheThresholdNeedNoCover() {
        Set<String> hidden = Suppression.hiddenGroups(List.of(new Suppression.Group("A", 3), new Suppression.Group("B", 3),
                new Suppression.Group("C", 7)), THRESHOLD);

        assertThat(hidden).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void whenTheProgramItselfIsBelowTheThresholdEveryGroupIsHidden() {
        Set<String> hidden = Suppression.hiddenGroups(List.of(new Suppression.Group("A", 1), new Suppression.Group("B", 3)), THRESHOLD);

        assertThat(hidden).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aGroupWhereNobodyAnsweredHasNothingToHideAndNeedsNoCover() {
        Set<String> hidden = Suppression.hiddenGroups(List.of(new Suppression.Group("Quiet", 0), new Suppression.Group("B", 6),
                new Suppression.Group("C", 7)), THRESHOLD);

        assertThat(hidden).containsExactly("Quiet");
    }

    @Test
    void peopleWithoutATeamFormTheirOwnGroupSoGroupsStillAddUpToTheProgram() {
        List<Row> rows = new ArrayList<>(pairs(null, 2, 3));
        rows.addAll(pairs("Apps", 6, 4));

        List<Group> byTeam = ProgramFigures.breakdown(rows, Row::team, THRESHOLD);

        assertThat(byTeam).extracting(Group::name).containsExactly("Apps", ProgramFigures.NOT_SET);
        assertThat(byTeam).allSatisfy(g -> assertThat(g.figures().ratings().suppressed()).isTrue());
    }

    /** {@code n} pairs in a team, each mentee having rated one check-in with {@code rating} on all three. */
    static List<Row> pairs(String team, int n, int rating) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), team, "Engineer", "MID", false, Instant.EPOCH,
                    Balance.shares(1, 1, 1), 4, 3, 1, 0, 1, 2, 1, rating, rating, rating, 2, 0.5, 1, 0, 1, 1, null));
        }
        return rows;
    }

}
