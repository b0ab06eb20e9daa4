package fr.academie.portail.promotions.control;

import fr.academie.portail.career.control.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * Ranking a national table: 50 000 promouvables, hors classe (barème) and classe exceptionnelle
 * (opinions), with ties. Run with {@code mvn -pl ejb verify -Pjmh -Djmh.args=PromotionTable} (see
 * docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class PromotionTableBenchmark {

    private static final LocalDate REFERENCE = LocalDate.of(2027, 8, 31);

    @Param("50000")
    int promouvables;

    private List<PromotionTable.Entry> entries;

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom random = new SplittableRandom(2027);
        Appreciation[] appreciations = Appreciation.values();
        Avis[] avis = Avis.values();
        entries = new ArrayList<>(promouvables);
        for (int i = 0; i < promouvables; i++) {
            int echelon = 9 + random.nextInt(3);
            Promouvable p = new Promouvable(i, "Agent " + i, random.nextBoolean() ? Sex.FEMME : Sex.HOMME,
                    LocalDate.of(1960 + random.nextInt(25), 1 + random.nextInt(12), 1), LocalDate.of(1990 + random.nextInt(15), 9, 1),
                    LocalDate.of(1990 + random.nextInt(15), 9, 1), Grade.CLASSE_NORMALE, echelon,
                    LocalDate.of(2013 + random.nextInt(12), 1 + random.nextInt(12), 1));
            entries.add(new PromotionTable.Entry(p, appreciations[random.nextInt(appreciations.length)], avis[random.nextInt(avis.length)],
                    avis[random.nextInt(avis.length)]));
        }
    }

    @Benchmark
    public PromotionTable horsClasse() {
        return PromotionTable.build(PromotionType.HORS_CLASSE, REFERENCE, new BigDecimal("0.23"), BigDecimal.ZERO, BigDecimal.valueOf(5),
                entries);
    }

    @Benchmark
    public PromotionTable classeExceptionnelle() {
        return PromotionTable.build(PromotionType.CLASSE_EXCEPTIONNELLE, REFERENCE, new BigDecimal("0.095"), BigDecimal.ZERO,
                BigDecimal.valueOf(5), entries);
    }
}
