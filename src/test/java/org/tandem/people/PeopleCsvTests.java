package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.people.PeopleCsv.LineError;
import org.tandem.people.PeopleCsv.Parsed;

class PeopleCsvTests {

    private static final String HEADER = "email,displayName,roles,team,title,seniority,timeZone\n";

    @Test
    void aRowWithEveryColumnBecomesADraft() {
        Parsed parsed = PeopleCsv.parse(HEADER + "Kim@Test.Example,Kim Park,MENTEE,Search,Engineer,MID,Europe/Paris\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.draft().email()).isEqualTo("kim@test.example");
            assertThat(row.draft().displayName()).isEqualTo("Kim Park");
            assertThat(row.draft().roles()).containsExactly(Role.MENTEE);
            assertThat(row.draft().team()).isEqualTo("Search");
            assertThat(row.draft().title()).isEqualTo("Engineer");
            assertThat(row.draft().seniority()).isEqualTo("MID");
            assertThat(row.draft().timeZone()).isEqualTo("Europe/Paris");
            assertThat(row.draft().password()).isNull();
        });
    }

    @Test
    void theOptionalColumnsMayBeLeftOffTheEnd() {
        Parsed parsed = PeopleCsv.parse("kim@test.example,Kim Park,MENTOR\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.draft().team()).isNull();
            assertThat(row.draft().timeZone()).isEqualTo("UTC");
        });
    }

    @Test
    void theHeaderIsOptionalAndLinesAreNumberedAsInTheFile() {
        Parsed withHeader = PeopleCsv.parse(HEADER + "a@test.example,A,MENTEE\nb@test.example,B,MENTEE\n");
        Parsed without = PeopleCsv.parse("a@test.example,A,MENTEE\nb@test.example,B,MENTEE\n");

        assertThat(withHeader.rows()).extracting(PeopleCsv.Row::line).containsExactly(2, 3);
        assertThat(without.rows()).extracting(PeopleCsv.Row::line).containsExactly(1, 2);
        assertThat(without.errors()).isEmpty();
    }

    @Test
    void aHeaderInAnotherCaseIsStillAHeader() {
        Parsed parsed = PeopleCsv.parse(HEADER.toUpperCase() + "a@test.example,A,MENTEE\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).hasSize(1);
    }

    @Test
    void aFirstRowWhoseAddressStartsWithEmailIsAPersonNotAHeader() {
        Parsed parsed = PeopleCsv.parse("emailteam@test.example,Mail Team,MENTEE\nb@test.example,B,MENTEE\n");

        assertThat(parsed.rows()).extracting(row -> row.draft().email()).containsExactly("emailteam@test.example", "b@test.example");
    }

    @Test
    void aQuotedValueMayHoldCommasAndDoubledQuotes() {
        Parsed parsed = PeopleCsv.parse("a@test.example,\"Park, Kim \"\"KP\"\"\",MENTEE,\"Search, Ranking\"\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.draft().displayName()).isEqualTo("Park, Kim \"KP\"");
            assertThat(row.draft().team()).isEqualTo("Search, Ranking");
        });
    }

    @Test
    void cellsAreSplitLikeRfc4180() {
        assertThat(PeopleCsv.cells("a, b ,\"c,d\",,\"\"")).containsExactly("a", "b", "c,d", "", "");
        assertThat(PeopleCsv.cells("  \"quoted after spaces\"  ,x")).containsExactly("quoted after spaces", "x");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        Parsed parsed = PeopleCsv.parse(HEADER + "a@test.example,\"Kim Park,MENTEE\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.message()).contains("quoted value is not closed");
        });
    }

    @Test
    void rolesMayBeSeparatedBySemicolonPipeOrSpace() {
        Parsed parsed = PeopleCsv.parse("""
                a@test.example,A,MENTOR;MENTEE
                b@test.example,B,MENTOR|MENTEE
                c@test.example,C,MENTOR MENTEE
                d@test.example,D,"MENTOR, MENTEE"
                e@test.example,E, mentor ;  Mentee
                """);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).hasSize(5).allSatisfy(row -> assertThat(row.draft().roles()).isEqualTo(Set.of(Role.MENTOR, Role.MENTEE)));
    }

    @Test
    void aRoleMayBeWrittenInLowerCaseWithAHyphen() {
        Parsed parsed = PeopleCsv.parse("a@test.example,A,program-lead\n");

        assertThat(parsed.rows()).singleElement().satisfies(row -> assertThat(row.draft().roles()).containsExactly(Role.PROGRAM_LEAD));
    }

    @Test
    void anUnknownRoleIsNamedInTheError() {
        Parsed parsed = PeopleCsv.parse("a@test.example,A,MENTEE;WIZARD\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message()).startsWith("roles:").contains("WIZARD");
        });
    }

    @Test
    void everyBadLineIsReportedWithItsLineNumberAndGoodLinesAreStillRead() {
        Parsed parsed = PeopleCsv.parse(HEADER + """
                good@test.example,Good,MENTEE
                not-an-email,Bad Email,MENTEE
                nameless@test.example,,MENTEE
                good2@test.example,Good Two,MENTOR
                zone@test.example,Zone,MENTEE,,,,Mars/Base
                """);

        assertThat(parsed.rows()).extracting(PeopleCsv.Row::line).containsExactly(2, 5);
        assertThat(parsed.errors()).extracting(LineError::line).containsExactly(3, 4, 6);
        assertThat(parsed.errors()).extracting(LineError::message)
                .satisfiesExactly(
                        m -> assertThat(m).startsWith("email:"),
                        m -> assertThat(m).startsWith("displayName:"),
                        m -> assertThat(m).startsWith("timeZone:").contains("Mars/Base"));
    }

    @Test
    void aLineWithSeveralProblemsReportsEachUnderTheSameLine() {
        Parsed parsed = PeopleCsv.parse(HEADER + "not-an-email,,MENTEE,,,,Mars/Base\n");

        assertThat(parsed.errors()).hasSize(3).allSatisfy(error -> assertThat(error.line()).isEqualTo(2));
        assertThat(parsed.errors()).extracting(LineError::message)
                .anySatisfy(m -> assertThat(m).startsWith("email:"))
                .anySatisfy(m -> assertThat(m).startsWith("displayName:"))
                .anySatisfy(m -> assertThat(m).startsWith("timeZone:"));
    }

    @Test
    void tooManyColumnsIsAnErrorThatSaysHowManyWereFound() {
        Parsed parsed = PeopleCsv.parse(HEADER + "a@test.example,A,MENTEE,Team,Title,MID,UTC,surplus\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.message()).contains("8 values", PeopleCsv.HEADER);
        });
    }

    @Test
    void tooFewColumnsIsAnError() {
        Parsed parsed = PeopleCsv.parse("a@test.example,A\n");

        assertThat(parsed.errors()).singleElement().satisfies(error -> assertThat(error.message()).contains("2 values"));
    }

    @Test
    void blankLinesAreSkippedButStillCountTowardLineNumbers() {
        Parsed parsed = PeopleCsv.parse(HEADER + "\n   \nbroken\n\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).extracting(LineError::line).containsExactly(4);
    }

    @Test
    void windowsAndOldMacLineEndingsAreLineEndings() {
        Parsed crlf = PeopleCsv.parse("email,displayName,roles\r\na@test.example,A,MENTEE\r\nbroken\r\n");
        Parsed cr = PeopleCsv.parse("a@test.example,A,MENTEE\rbroken\r");

        assertThat(crlf.rows()).extracting(PeopleCsv.Row::line).containsExactly(2);
        assertThat(crlf.errors()).extracting(LineError::line).containsExactly(3);
        assertThat(cr.rows()).extracting(row -> row.draft().email()).containsExactly("a@test.example");
        assertThat(cr.errors()).extracting(LineError::line).containsExactly(2);
    }

    @Test
    void anEmptyFileHasNeitherRowsNorErrors() {
        assertThat(PeopleCsv.parse("").rows()).isEmpty();
        assertThat(PeopleCsv.parse(HEADER).errors()).isEmpty();
    }

    @Test
    void aFileLongerThanTheLimitIsRefusedAtTheFirstLineBeyondIt() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= PeopleCsv.MAX_ROWS; i++) {
            csv.append("p").append(i).append("@test.example,P ").append(i).append(",MENTEE\n");
        }

        Parsed parsed = PeopleCsv.parse(csv.toString());

        assertThat(parsed.rows()).hasSize(PeopleCsv.MAX_ROWS);
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(PeopleCsv.MAX_ROWS + 2);
            assertThat(error.message()).contains("more than " + PeopleCsv.MAX_ROWS);
        });
    }

    @Test
    void theRowLimitCountsLinesNotErrors() {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 6_000; i++) {
            csv.append("not-an-email-").append(i).append(",,MENTEE\n");
        }

        Parsed parsed = PeopleCsv.parse(csv.toString());

        assertThat(parsed.errors()).extracting(LineError::message).noneMatch(m -> m.contains("more than"));
        assertThat(parsed.errors()).extracting(LineError::line).contains(6_000);
    }

    @Test
    void theDraftOfARowPassesTheSameValidationAsAForm() {
        List<PeopleCsv.Row> rows = PeopleCsv.parse("a@test.example,A,MENTEE,,,,Europe/Berlin\n").rows();

        assertThat(rows.getFirst().draft().problems()).isEmpty();
    }
}
