package fr.academie.portail.transfers.control;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The assignment on a campaign's scale: 100 000 participants with 31 wishes each over 30 000 posts,
 * one thread. Run with {@code mvn -pl ejb verify -Pjmh} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class TransferAssignmentBenchmark {

    @Param("100000")
    int participants;

    @Param("30000")
    int posts;

    @Param("31")
    int wishes;

    private Market market;
    private Assignment stable;

    @Setup(Level.Trial)
    public void generate() {
        market = MarketGenerator.generate(participants, posts, wishes, 2026);
        stable = StableAssignment.run(market);
        Assignment.Stats before = stable.stats();
        Assignment.Stats after = ExchangeImprovement.run(stable).stats();
        System.out.printf("%nmovers: stable %d, improved %d; first wish: stable %d, improved %d; unassigned: %d%n",
                before.moved(), after.moved(), before.firstWish(), after.firstWish(), before.unassigned());
    }

    @Benchmark
    public Assignment stable() {
        return StableAssignment.run(market);
    }

    /** The exchanges alone, from the stable result. */
    @Benchmark
    public Assignment exchanges() {
        return ExchangeImprovement.run(stable);
    }

    @Benchmark
    public Assignment improvedEndToEnd() {
        return TransferAssignments.assign(market, AssignmentMode.IMPROVED);
    }
}
