package org.promisetracker.query.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void givenANulOrALoneSurrogate_whenMadeStorable_thenEachBecomesTheReplacementCharacter() {
        assertThat(StorableText.of("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(StorableText.of("a\ud800b")).isEqualTo("a\uFFFDb");
        assertThat(StorableText.of("a\udc00")).isEqualTo("a\uFFFD");
        assertThat(StorableText.of("\ud800")).isEqualTo("\uFFFD");
    }

    @Test
    void givenStorableText_whenMadeStorable_thenItIsTheSameString() {
        String text = "Care-experienced \uD83D\uDE00 \u00e9\t\r\n";
        assertThat(StorableText.of(text)).isSameAs(text);
        assertThat(StorableText.of(null)).isNull();
        assertThat(StorableText.ofValue(42)).isEqualTo(42);
    }
}
