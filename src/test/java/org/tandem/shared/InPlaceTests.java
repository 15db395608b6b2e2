package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The way back of a form opened in place (decision 0093) is a path of Tandem, or nothing: never another site. */
class InPlaceTests {

    @ParameterizedTest
    @ValueSource(strings = {"/check-ins/0190c2a4-6a57-7bd3-9c11-8d2f4f0e9a10?open=adjust#adjust", "/check-ins/x#wins", "/goals/abc", "/"})
    void pathsOfTandemAreKept(String path) {
        assertThat(InPlace.safe(path)).isEqualTo(path);
        assertThat(InPlace.of(path, "true").active()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/check-ins", "/\\evil.example", "javascript:alert(1)", "check-ins/x",
            "/check-ins/../admin", "/check-ins/x?next=https://evil.example", "/check-ins/%2F%2Fevil", "/check-ins/x y", "/check-ins/x\n",
            ""})
    void anythingElseIsDropped(String elsewhere) {
        assertThat(InPlace.safe(elsewhere)).isNull();
        assertThat(InPlace.of(elsewhere, "true").active()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Saved \"it\"", "a\\b"})
    void theDoneEventCarriesTheMessageAsJson(String message) {
        String trigger = InPlace.doneTrigger(message);
        assertThat(trigger).startsWith("{\"tandem:in-place-done\":{\"message\":\"").endsWith("\"}}");
        assertThat(trigger).doesNotContain(message.contains("\"") ? "\"it\"" : "a\\b\"");
    }
}
