package org.promisetracker.query.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishListsTest {

    @Test
    void givenOneItem_whenJoin_thenTheItemAlone() {
        assertThat(EnglishLists.join(List.of("a"))).isEqualTo("a");
    }

    @Test
    void givenTwoItems_whenJoin_thenJoinedWithAnd() {
        assertThat(EnglishLists.join(List.of("a", "b"))).isEqualTo("a and b");
    }

    @Test
    void givenThreeItems_whenJoin_thenCommaThenAndWithoutOxfordComma() {
        assertThat(EnglishLists.join(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    }

    @Test
    void givenFourItems_whenJoin_thenCommasThenAnd() {
        assertThat(EnglishLists.join(List.of("a", "b", "c", "d"))).isEqualTo("a, b, c and d");
    }

    @Test
    void givenNoItems_whenJoin_thenRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> EnglishLists.join(List.of()));
    }
}
