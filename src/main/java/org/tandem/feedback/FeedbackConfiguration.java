package org.tandem.feedback;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One checker for the whole application: its word lists are loaded once at start-up, and it is immutable,
 * so every request shares it. {@code tandem.feedback.stale-after-days} sets when an event counts as long past.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    FeedbackChecker feedbackChecker(
            @Value("${tandem.feedback.stale-after-days:" + FeedbackChecker.DEFAULT_STALE_AFTER_DAYS + "}") int staleAfterDays) {
        return FeedbackChecker.english().withStaleAfterDays(staleAfterDays);
    }
}
