package cn.edutrack.query.progress;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks groups (e.g. the counties of a city) by completion share, completed / projects, highest first: rank 1 is
 * the best, the lowest share ranks last. Equal shares share a rank (1, 2, 2, 4). Shares are compared exactly.
 */
public final class CompletionRank {

    private CompletionRank() {
    }

    /** completed / projects, 3 decimals; null without projects. */
    public static BigDecimal share(long completed, long projects) {
        if (projects == 0) {
            return null;
        }
        return Decimals.round(BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(projects), Decimals.PRECISION), 3);
    }

    /** The rank of each group, in the order given; groups without projects rank after all others. */
    public static List<Integer> ranks(List<long[]> completedAndProjects) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < completedAndProjects.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byShareDescending = (a, b) -> compareShares(completedAndProjects.get(b), completedAndProjects.get(a));
        order.sort(byShareDescending);
        Integer[] ranks = new Integer[completedAndProjects.size()];
        for (int position = 0; position < order.size(); position++) {
            int index = order.get(position);
            if (position > 0 && byShareDescending.compare(order.get(position - 1), index) == 0) {
                ranks[index] = ranks[order.get(position - 1)];
            } else {
                ranks[index] = position + 1;
            }
        }
        return List.of(ranks);
    }

    /** a.completed/a.projects against b.completed/b.projects by cross-multiplying; no projects is lowest. */
    private static int compareShares(long[] a, long[] b) {
        if (a[1] == 0 || b[1] == 0) {
            return Boolean.compare(a[1] != 0, b[1] != 0);
        }
        return BigInteger.valueOf(a[0]).multiply(BigInteger.valueOf(b[1]))
                .compareTo(BigInteger.valueOf(b[0]).multiply(BigInteger.valueOf(a[1])));
    }
}
