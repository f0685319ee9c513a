package id.simonev.surveys.index;

import java.util.ArrayList;
import java.util.List;

/** Sums answer rows the way the SQL aggregate does, so tests start from the responses themselves. */
final class Tallies {

    static final List<String> SKM_ELEMENTS = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");

    /** DOMAIN.md's worked example: four responses to U1..U9. */
    static final int[][] WORKED_EXAMPLE = {
            {4, 4, 3, 4, 3, 3, 4, 3, 4},
            {3, 3, 3, 3, 3, 3, 3, 3, 3},
            {4, 3, 4, 4, 4, 4, 4, 3, 3},
            {2, 3, 3, 4, 3, 4, 4, 3, 2},
    };

    private Tallies() {
    }

    static IndexTally of(Weights weights, List<String> codes, int[]... responses) {
        List<ItemTally> items = new ArrayList<>();
        for (int item = 0; item < codes.size(); item++) {
            long sum = 0;
            long sumOfSquares = 0;
            for (int[] answers : responses) {
                sum += answers[item];
                sumOfSquares += (long) answers[item] * answers[item];
            }
            items.add(new ItemTally(codes.get(item), responses.length, sum, sumOfSquares));
        }
        long pointsSum = 0;
        long pointsSumOfSquares = 0;
        for (int[] answers : responses) {
            long points = weights.points(answers);
            pointsSum += points;
            pointsSumOfSquares += points * points;
        }
        return new IndexTally(responses.length, items, pointsSum, pointsSumOfSquares);
    }
}
