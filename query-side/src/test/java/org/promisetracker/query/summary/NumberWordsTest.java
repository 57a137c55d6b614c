package org.promisetracker.query.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

    @ParameterizedTest(name = "{0} is \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | zero",
                "1 | one",
                "13 | thirteen",
                "19 | nineteen",
                "20 | twenty",
                "21 | twenty-one",
                "32 | thirty-two",
                "48 | forty-eight",
                "99 | ninety-nine",
                "100 | one hundred",
                "101 | one hundred and one",
                "105 | one hundred and five",
                "115 | one hundred and fifteen",
                "999 | nine hundred and ninety-nine",
                "1000 | one thousand",
                "1001 | one thousand and one",
                "1100 | one thousand one hundred",
                "1234 | one thousand two hundred and thirty-four",
                "2001 | two thousand and one",
                "20000 | twenty thousand",
                "100000 | one hundred thousand",
                "101000 | one hundred and one thousand",
                "999999 | nine hundred and ninety-nine thousand nine hundred and ninety-nine",
                "1000000 | one million",
                "2000050 | two million and fifty",
                "2147483647 | two billion one hundred and forty-seven million four hundred and eighty-three thousand six hundred and forty-seven"
            })
    void givenCount_whenOf_thenBritishEnglishWords(int n, String words) {
        assertThat(NumberWords.of(n)).isEqualTo(words);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -32, Integer.MIN_VALUE})
    void givenNegative_whenOf_thenRejected(int n) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NumberWords.of(n))
                .withMessageContaining(String.valueOf(n));
    }

    @Test
    void givenEveryCountUpToAThousand_whenOf_thenLowerCaseWordsWithoutDoubleSpaces() {
        for (int n = 0; n <= 1000; n++) {
            assertThat(NumberWords.of(n)).as("%d", n).matches("[a-z]+([ -][a-z]+)*");
        }
    }
}
