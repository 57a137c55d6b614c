package org.promisetracker.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProblemsTest {

    @Test
    void givenADetailQuotingControlCharactersAndLoneSurrogates_whenMadeAProblem_thenTheyAreWrittenAsVisibleEscapes() {
        String detail = Problems.of(HttpStatus.NOT_FOUND, "There is no plan \u0001\u007F\u0085\ud800x\n.")
                .getDetail();

        assertThat(detail).isEqualTo("There is no plan \\u0001\\u007F\\u0085\\uD800x\\u000A.");
    }

    @Test
    void givenPrintableTextWithSurrogatePairs_whenMadePrintable_thenUnchanged() {
        assertThat(Problems.printable("Caf\u00e9 \uD83D\uDE00 \u201cquoted\u201d"))
                .isEqualTo("Caf\u00e9 \uD83D\uDE00 \u201cquoted\u201d");
        assertThat(Problems.printable("end \udbff")).isEqualTo("end \\uDBFF");
    }

    @Test
    void givenAFieldErrorQuotingInput_whenMade_thenItsTextsArePrintable() {
        Problems.FieldError error =
                new Problems.FieldError("actionIds", "The action a\u0000 is not an action of this plan.");

        assertThat(error.message()).isEqualTo("The action a\\u0000 is not an action of this plan.");
    }
}
