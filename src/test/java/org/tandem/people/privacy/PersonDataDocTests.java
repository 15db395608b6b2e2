package org.tandem.people.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/privacy.md carries the decision table as generated from {@link PersonData}; when the code changes, this
 * fails until the page is regenerated: {@code ./mvnw test -Dtest=PersonDataDocTests -Dtandem.privacy.write-doc=true}.
 */
class PersonDataDocTests {

    static final Path PAGE = Path.of("docs/privacy.md");

    @Test
    void thePrivacyPageShowsTheDecisionTableAsTheCodeHasIt() throws IOException {
        String page = Files.readString(PAGE);
        int start = page.indexOf(PersonDataDoc.START);
        int end = page.indexOf(PersonDataDoc.END);
        assertThat(start).as("docs/privacy.md has the generated block").isNotNegative();
        String expected = PersonDataDoc.START + "\n" + PersonDataDoc.markdown() + "\n" + PersonDataDoc.END;
        String actual = page.substring(start, end + PersonDataDoc.END.length());
        if (!actual.equals(expected) && Boolean.getBoolean("tandem.privacy.write-doc")) {
            Files.writeString(PAGE, page.substring(0, start) + expected + page.substring(end + PersonDataDoc.END.length()));
            return;
        }
        assertThat(actual).as("docs/privacy.md is out of date: regenerate it with -Dtandem.privacy.write-doc=true").isEqualTo(expected);
    }
}
