package org.tandem.feedback.bench;

import java.lang.management.ManagementFactory;
import org.tandem.feedback.FeedbackChecker;

/**
 * A cross-check for busy machines: checks per second of this thread's CPU time, which other processes
 * competing for the cores do not lower the way they lower JMH's wall-clock throughput. Same texts as the
 * JMH benchmark. Run: {@code java -cp benchmarks.jar org.tandem.feedback.bench.CheckerCpuTime}.
 */
public final class CheckerCpuTime {

    private static final int CHECKS_PER_ROUND = 200_000;

    private CheckerCpuTime() {
    }

    public static void main(String[] args) {
        var checker = FeedbackChecker.english();
        var threads = ManagementFactory.getThreadMXBean();
        var texts = FeedbackCheckerBenchmark.TEXTS;
        long findings = 0;
        for (int round = 1; round <= 10; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (int i = 0; i < CHECKS_PER_ROUND; i++) {
                findings += checker.check(texts.get(i % texts.size()), FeedbackCheckerBenchmark.EVENT, FeedbackCheckerBenchmark.TODAY).size();
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            System.out.printf("round %2d%s: %,9.0f checks per CPU-second, %,9.0f per wall-clock second%n", round,
                    round <= 3 ? " (warmup)" : "", CHECKS_PER_ROUND / cpuSeconds, CHECKS_PER_ROUND / wallSeconds);
        }
        System.out.println("findings (keeps the work observable): " + findings);
    }
}
