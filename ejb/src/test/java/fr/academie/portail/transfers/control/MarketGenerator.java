package fr.academie.portail.transfers.control;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A campaign-sized market, the same for every seed: posts where a few are much sought after (as
 * central lycées are), seven participants in ten holding a post, wishes drawn by popularity,
 * points spread as a barème spreads them (tens to a thousand, with ties).
 */
final class MarketGenerator {

    private MarketGenerator() {
    }

    static Market generate(int participants, int posts, int wishesEach, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Market.Builder builder = Market.builder();
        for (int p = 0; p < posts; p++) {
            builder.post("P" + p, random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0);
        }
        // popularity ~ 1/rank: sample with a table of cumulative weights
        double[] cumulative = new double[posts];
        double total = 0;
        for (int p = 0; p < posts; p++) {
            total += 1.0 / (p + 10);
            cumulative[p] = total;
        }
        boolean[] taken = new boolean[posts];
        List<Market.Wish> wishes = new ArrayList<>(wishesEach);
        int[] chosen = new int[wishesEach];
        for (int i = 0; i < participants; i++) {
            int current = random.nextInt(10) < 7 ? random.nextInt(posts) : -1;
            double base = 14 + random.nextInt(200) + (random.nextInt(5) == 0 ? 150.2 + 100 * random.nextInt(3) : 0);
            wishes.clear();
            int count = 0;
            while (count < wishesEach) {
                int p = pick(cumulative, random.nextDouble() * total);
                if (p == current || taken[p]) {
                    continue;
                }
                taken[p] = true;
                chosen[count++] = p;
                wishes.add(new Market.Wish("P" + p, base + (random.nextInt(4) == 0 ? 100 : 0)));
            }
            for (int k = 0; k < count; k++) {
                taken[chosen[k]] = false;
            }
            builder.participant("A" + i, current < 0 ? null : "P" + current, random.nextInt(1_000_000), wishes);
        }
        return builder.build();
    }

    private static int pick(double[] cumulative, double target) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
