package cn.edutrack.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counties ranked by completion share so that "which rank last" can be answered. */
class CompletionRankTest {

    @Test
    void highestShareFirstEqualSharesShareARankLowestLast() {
        // shares: 1/2, 2/2, 0/3, 2/4, (no projects)
        List<Integer> ranks = CompletionRank.ranks(List.of(
                new long[] {1, 2}, new long[] {2, 2}, new long[] {0, 3}, new long[] {2, 4}, new long[] {0, 0}));
        assertThat(ranks).containsExactly(2, 1, 4, 2, 5);
    }

    @Test
    void sharesAreComparedExactly() {
        // 1/3 < 333/999? equal: both one third
        assertThat(CompletionRank.ranks(List.of(new long[] {1, 3}, new long[] {333, 999}))).containsExactly(1, 1);
        assertThat(CompletionRank.ranks(List.of(new long[] {1, 3}, new long[] {334, 1000}))).containsExactly(2, 1);
    }

    @Test
    void theShareHasThreeDecimals() {
        assertThat(CompletionRank.share(1, 3)).isEqualByComparingTo("0.333");
        assertThat(CompletionRank.share(2, 2)).isEqualByComparingTo("1");
        assertThat(CompletionRank.share(0, 0)).isNull();
    }
}
