package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MailTemplatesTests {

    @Test
    void aRatingRequestCarriesTheSummaryAndTheLink() {
        var mail = MailTemplates.ratingRequest("Mona", "Ship the RFC draft by Friday.", "https://tandem.example/check-ins/1");

        assertThat(mail.subject()).isEqualTo("Rate your check-in with Mona");
        assertThat(mail.content().text()).contains("Ship the RFC draft by Friday.").contains("https://tandem.example/check-ins/1");
        assertThat(mail.content().html()).contains("Ship the RFC draft by Friday.");
    }

    @Test
    void invitationsNameThePeopleAndTheDate() {
        var feedback = MailTemplates.peerFeedbackInvitation("Manu and Mona", "how Manu ran the incident review", LocalDate.of(2027, 3, 5),
                "https://tandem.example/guest/abc");
        var celebration = MailTemplates.stakeholderInvitation("Manu", "First solo release", "https://tandem.example/guest/def");

        assertThat(feedback.subject()).isEqualTo("Your feedback, please: how Manu ran the incident review");
        assertThat(feedback.content().text()).contains("Manu and Mona").contains("Friday 5 March").contains("https://tandem.example/guest/abc");
        assertThat(celebration.subject()).contains("Manu").contains("First solo release");
    }
}
