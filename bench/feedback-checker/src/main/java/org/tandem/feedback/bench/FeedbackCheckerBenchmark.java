package org.tandem.feedback.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tandem.feedback.FeedbackChecker;
import org.tandem.feedback.Finding;

/**
 * Checks per second on one thread for typical two-sentence feedback. Each invocation checks the next text of
 * a fixed mix (good, vague, trait, absolute, critical without a step), so no single branch is favoured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FeedbackCheckerBenchmark {

    static final List<String> TEXTS = List.of(
            "In Tuesday's sprint review you walked the stakeholders through the latency dashboard. They approved the caching plan on the spot.",
            "Great work this quarter. Keep it up!",
            "You're brilliant. Everyone on the team says so.",
            "You always interrupt people in meetings. It makes the quiet ones stop talking.",
            "The report you sent on Friday had three wrong totals. Finance caught them only after it reached the client.",
            "You mentioned always testing on staging before a release. The checklist you wrote for the deploy made that easy.",
            "You skipped the design review for the webhook retries, and we found the ordering bug in production. Please book a review before merging.",
            "Your communication needs work. You should be more proactive.");

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final LocalDate EVENT = LocalDate.of(2025, 6, 24);

    private FeedbackChecker checker;
    private int next;

    @Setup
    public void setUp() {
        checker = FeedbackChecker.english();
    }

    @Benchmark
    public List<Finding> checkTwoSentenceFeedback() {
        String text = TEXTS.get(next);
        next = (next + 1) % TEXTS.size();
        return checker.check(text, EVENT, TODAY);
    }

    @Benchmark
    public void checkWholeMix(Blackhole hole) {
        for (String text : TEXTS) hole.consume(checker.check(text, EVENT, TODAY));
    }
}
