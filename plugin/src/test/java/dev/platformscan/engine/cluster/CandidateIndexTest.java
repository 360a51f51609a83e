package dev.platformscan.engine.cluster;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateIndexTest {

    @Test
    void sortByKeyGroupsEqualKeysKeepsEachMemberWithItsKeyAndTheirOrder() {
        Random random = new Random(3);
        long[] pool = {Long.MIN_VALUE, -1, 0, 1, 0x5bd1e995L, Long.MAX_VALUE, random.nextLong(), random.nextLong()};
        int n = 10_000;
        long[] keys = new long[n];
        int[] members = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = pool[random.nextInt(pool.length)];
            members[i] = i;
        }
        long[] original = keys.clone();

        CandidateIndex.sortByKey(keys, members);

        for (int i = 0; i < n; i++) {
            assertThat(keys[i]).isEqualTo(original[members[i]]);
            if (i > 0) {
                assertThat(Long.compareUnsigned(keys[i - 1], keys[i])).isLessThanOrEqualTo(0);
                if (keys[i - 1] == keys[i]) {
                    assertThat(members[i - 1]).isLessThan(members[i]);
                }
            }
        }
    }
}
