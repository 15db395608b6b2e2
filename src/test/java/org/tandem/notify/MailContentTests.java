package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailContentTests {

    @Test
    void theSameWordsReadAsTextAndAsEscapedHtml() {
        var content = MailContent.titled("Check-in with <Mona> & co")
                .paragraph("Bring \"numbers\".")
                .bullets(List.of("Draft the RFC", "Pair on <review>"))
                .link("Open it", "https://tandem.example/check-ins/1?a=1&b=2")
                .build();

        assertThat(content.text()).startsWith("Check-in with <Mona> & co\n\n").contains("- Draft the RFC\n- Pair on <review>\n")
                .contains("Open it: https://tandem.example/check-ins/1?a=1&b=2");
        assertThat(content.html()).contains("<h1 style=\"font-size:1.25em\">Check-in with &lt;Mona&gt; &amp; co</h1>")
                .contains("<li>Pair on &lt;review&gt;</li>").contains("<p>Bring &quot;numbers&quot;.</p>")
                .contains("href=\"https://tandem.example/check-ins/1?a=1&amp;b=2\"").doesNotContain("<Mona>");
    }
}
