package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VersionsTests {

    @Test
    void anEtagIsTheVersionInQuotes() {
        assertThat(Versions.etag(0)).isEqualTo("\"0\"");
        assertThat(Versions.etag(42)).isEqualTo("\"42\"");
    }

    @Test
    void ifMatchReadsBackTheEtagThisApiGaveOut() {
        assertThat(Versions.ifMatch(Versions.etag(7))).hasValue(7);
        assertThat(Versions.ifMatch("  \"7\"  ")).hasValue(7);
    }

    @Test
    void aWeakEtagNamesTheSameVersion() {
        assertThat(Versions.ifMatch("W/\"3\"")).hasValue(3);
    }

    @Test
    void noIfMatchOrAStarMeansAnyVersion() {
        assertThat(Versions.ifMatch(null)).isEmpty();
        assertThat(Versions.ifMatch("")).isEmpty();
        assertThat(Versions.ifMatch(" * ")).isEmpty();
    }

    @Test
    void anIfMatchThatIsNotOurEtagIsRefusedNamingTheHeader() {
        for (String header : new String[] {"\"abc\"", "W/", "\"1\", \"2\"", "\"\""}) {
            assertThatThrownBy(() -> Versions.ifMatch(header))
                    .as(header)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("If-Match"));
        }
    }

    @Test
    void aChangeBasedOnTheCurrentVersionOrNoneInParticularPasses() {
        assertThatCode(() -> Versions.check("Goal", OptionalLong.of(4), 4)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.check("Goal", OptionalLong.empty(), 4)).doesNotThrowAnyException();
    }

    @Test
    void aChangeBasedOnAnotherVersionIsStaleAndTellsTheCurrentOne() {
        assertThatThrownBy(() -> Versions.check("Goal", OptionalLong.of(3), 4))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.currentVersion()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("Goal", "version 4");
                });
        assertThatThrownBy(() -> Versions.check("Goal", OptionalLong.of(5), 4)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aWriteThatMissedItsVersionIsStaleAndAsksForTheCurrentOneOnlyThen() {
        assertThatCode(() -> Versions.requireWritten(1, "This goal", () -> {
            throw new AssertionError("asked although the write happened");
        })).doesNotThrowAnyException();
        assertThatThrownBy(() -> Versions.requireWritten(0, "This goal", () -> 6))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.currentVersion()).isEqualTo(6);
                    assertThat(e.getMessage()).startsWith("This goal was changed by someone else");
                });
        assertThatThrownBy(() -> Versions.requireWritten(false, "This story", () -> 2)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void ifMatchWinsOverTheBodysVersionAndNeitherMeansTheCurrentOne() {
        assertThat(Versions.basedOn(Versions.etag(3), 5L)).hasValue(3);
        assertThat(Versions.basedOn(null, 5L)).hasValue(5);
        assertThat(Versions.basedOn("*", 5L)).hasValue(5);
        assertThat(Versions.basedOn(null, null)).isEmpty();
    }
}
