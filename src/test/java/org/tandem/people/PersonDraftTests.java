package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

class PersonDraftTests {

    private static PersonDraft draft(String email, String displayName, Set<Role> roles, String team, String title, String seniority,
            String timeZone, String password) {
        return new PersonDraft(email, displayName, roles, team, title, seniority, timeZone, password);
    }

    private static PersonDraft valid() {
        return draft("kim@test.example", "Kim Park", Set.of(Role.MENTEE), "Search", "Engineer", "MID", "Europe/Berlin", null);
    }

    private static List<String> fields(PersonDraft draft) {
        return draft.problems().stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        assertThat(valid().problems()).isEmpty();
        assertThat(valid().validated()).isEqualTo(valid());
    }

    @Test
    void theEmailIsTrimmedAndLowerCased() {
        assertThat(draft("  Kim.Park@Test.EXAMPLE ", "K", Set.of(Role.MENTEE), null, null, null, null, null).email())
                .isEqualTo("kim.park@test.example");
    }

    @Test
    void theEmailIsRequired() {
        assertThat(fields(draft(null, "K", Set.of(Role.MENTEE), null, null, null, null, null))).containsExactly("email");
        assertThat(fields(draft("   ", "K", Set.of(Role.MENTEE), null, null, null, null, null))).containsExactly("email");
    }

    @Test
    void theEmailMustLookLikeAnAddress() {
        for (String email : List.of("kim", "kim@example", "kim@@test.example", "kim park@test.example", "@test.example",
                "kim@test.e", "a".repeat(65) + "@test.example")) {
            assertThat(fields(draft(email, "K", Set.of(Role.MENTEE), null, null, null, null, null))).as(email).containsExactly("email");
        }
        assertThat(fields(draft("k+tag@mail.test.example", "K", Set.of(Role.MENTEE), null, null, null, null, null))).isEmpty();
    }

    @Test
    void theEmailIsAtMost320Characters() {
        String long321 = "a".repeat(64) + "@" + "b".repeat(252) + ".com";

        assertThat(long321).hasSize(321);
        assertThat(fields(draft(long321, "K", Set.of(Role.MENTEE), null, null, null, null, null))).containsExactly("email");
    }

    @Test
    void theDisplayNameIsRequiredTrimmedAndAtMost200Characters() {
        assertThat(fields(draft("k@test.example", " ", Set.of(Role.MENTEE), null, null, null, null, null))).containsExactly("displayName");
        assertThat(fields(draft("k@test.example", null, Set.of(Role.MENTEE), null, null, null, null, null))).containsExactly("displayName");
        assertThat(draft("k@test.example", "  Kim  ", Set.of(Role.MENTEE), null, null, null, null, null).displayName()).isEqualTo("Kim");
        assertThat(fields(draft("k@test.example", "x".repeat(200), Set.of(Role.MENTEE), null, null, null, null, null))).isEmpty();
        assertThat(fields(draft("k@test.example", "x".repeat(201), Set.of(Role.MENTEE), null, null, null, null, null)))
                .containsExactly("displayName");
    }

    @Test
    void atLeastOneRoleIsRequired() {
        assertThat(fields(draft("k@test.example", "K", Set.of(), null, null, null, null, null))).containsExactly("roles");
        assertThat(fields(draft("k@test.example", "K", null, null, null, null, null, null))).containsExactly("roles");
    }

    @Test
    void teamAndTitleAreAtMost200AndSeniorityAtMost50Characters() {
        assertThat(fields(draft("k@test.example", "K", Set.of(Role.MENTEE), "t".repeat(200), "t".repeat(200), "s".repeat(50), null, null)))
                .isEmpty();
        assertThat(fields(draft("k@test.example", "K", Set.of(Role.MENTEE), "t".repeat(201), "t".repeat(201), "s".repeat(51), null, null)))
                .containsExactly("team", "title", "seniority");
    }

    @Test
    void blankOptionalTextIsStoredAsNothing() {
        PersonDraft draft = draft("k@test.example", "K", Set.of(Role.MENTEE), " ", "", "  ", null, null);

        assertThat(draft.team()).isNull();
        assertThat(draft.title()).isNull();
        assertThat(draft.seniority()).isNull();
    }

    @Test
    void withoutATimeZoneThePersonLivesInUtc() {
        assertThat(draft("k@test.example", "K", Set.of(Role.MENTEE), null, null, null, null, null).zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(draft("k@test.example", "K", Set.of(Role.MENTEE), null, null, null, "  ", null).timeZone()).isEqualTo("UTC");
    }

    @Test
    void theTimeZoneMustBeARealZone() {
        assertThat(draft("k@test.example", "K", Set.of(Role.MENTEE), null, null, null, " Asia/Tokyo ", null).zone())
                .isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(draft("k@test.example", "K", Set.of(Role.MENTEE), null, null, null, "Mars/Base", null).problems())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("timeZone");
                    assertThat(e.message()).contains("Mars/Base");
                });
    }

    @Test
    void aPasswordIsOptionalButAtLeast12Characters() {
        assertThat(fields(draft("k@test.example", "K", Set.of(Role.MENTEE), null, null, null, null, "x".repeat(11)))).containsExactly("password");
        assertThat(fields(draft("k@test.example", "K", Set.of(Role.MENTEE), null, null, null, null, "x".repeat(12)))).isEmpty();
    }

    @Test
    void validatingReportsEveryProblemAtOnce() {
        PersonDraft bad = draft("nope", "", Set.of(), null, null, null, "Mars/Base", "short");

        assertThatThrownBy(bad::validated)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("email", "displayName", "roles", "timeZone", "password"));
    }

    @Test
    void theRolesOfADraftCannotBeChangedAfterwards() {
        var roles = new java.util.HashSet<>(Set.of(Role.MENTEE));
        PersonDraft draft = draft("k@test.example", "K", roles, null, null, null, null, null);
        roles.add(Role.ADMIN);

        assertThat(draft.roles()).containsExactly(Role.MENTEE);
    }
}
