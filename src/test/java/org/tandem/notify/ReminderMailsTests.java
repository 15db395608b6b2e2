package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderMailsTests {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 29);

    @Test
    void itemsAreDueTomorrowOnlyWhenTheReminderGoesOutTheEveningBefore() {
        assertThat(ReminderMails.dueHeading(MONDAY.plusDays(1), MONDAY)).isEqualTo("Due tomorrow, Tue 30 Mar:");
    }

    @Test
    void aReminderSentLateSaysTheItemsAreDueTodayOrNamesTheirDay() {
        assertThat(ReminderMails.dueHeading(MONDAY, MONDAY)).isEqualTo("Due today, Mon 29 Mar:");
        assertThat(ReminderMails.dueHeading(MONDAY, MONDAY.plusDays(2))).isEqualTo("Due Mon 29 Mar:");
    }
}
