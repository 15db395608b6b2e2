package org.tandem.people.account;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs password-reset requests after the page has answered, one at a time in arrival order, so the answer takes
 * as long for an unknown email as for a known one (looking the person up, storing a link and writing the mail
 * happen afterwards). The queue is bounded: under a flood, requests beyond it are dropped and logged, which costs
 * their senders a retry, never the application its memory.
 */
@Component
class ResetRequestQueue {

    private static final Logger log = LoggerFactory.getLogger(ResetRequestQueue.class);
    static final int CAPACITY = 1_000;

    private final PasswordResets resets;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(CAPACITY),
            Thread.ofPlatform().name("password-reset-requests").daemon().factory(),
            (task, executor) -> log.warn("Too many password-reset requests waiting; one was dropped"));

    ResetRequestQueue(PasswordResets resets) {
        this.resets = resets;
    }

    void submit(String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            return;
        }
        worker.execute(() -> {
            try {
                resets.request(email);
            } catch (RuntimeException e) {
                log.warn("A password-reset request failed", e);
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
