package org.promisetracker.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.promisetracker.api.rules.CommandRejected;
import org.promisetracker.api.rules.Texts;

class TextsTest {

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F})
    void givenAControlCharacter_whenCleaned_thenRefusedNamingTheFieldAndTheCharacter(int control) {
        String text = "Champions Board " + (char) control + "met";

        assertThatThrownBy(() -> Texts.clean("text", text, Texts.TEXT))
                .isInstanceOfSatisfying(CommandRejected.Invalid.class, e -> {
                    assertThat(e.rejection().field()).isEqualTo("text");
                    assertThat(e.rejection().message())
                            .contains("U+%04X".formatted(control))
                            .contains("character 17");
                });
    }

    @Test
    void givenTabsAndLineBreaks_whenCleaned_thenKept() {
        assertThat(Texts.clean("text", "Attended:\tall\r\nNext:\tMay", Texts.TEXT))
                .isEqualTo("Attended:\tall\r\nNext:\tMay");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\ud800b", "a\udc00b", "ab\ud800", "\udfffab"})
    void givenALoneSurrogate_whenCleaned_thenRefused(String text) {
        assertThatThrownBy(() -> Texts.clean("evidence", text, Texts.TEXT))
                .isInstanceOfSatisfying(
                        CommandRejected.Invalid.class,
                        e -> assertThat(e.rejection().message()).contains("lone surrogate"));
    }

    @Test
    void givenAPairedSurrogate_whenCleaned_thenKeptAndCountedAsOneCharacter() {
        String emoji = "\ud83d\udc4d";

        assertThat(Texts.clean("text", "Good " + emoji, Texts.TEXT)).isEqualTo("Good " + emoji);
        assertThat(Texts.clean("ref", emoji.repeat(Texts.REF), Texts.REF)).hasSize(2 * Texts.REF);
    }

    @Test
    void givenDecomposedAccents_whenCleaned_thenStoredComposed() {
        assertThat(Texts.clean("title", "Cafe\u0301 Inclusion", Texts.TITLE)).isEqualTo("Caf\u00e9 Inclusion");
    }

    @Test
    void givenTextOverTheLimit_whenCleaned_thenRefusedSayingTheLimitAndTheLength() {
        assertThat(Texts.clean("ref", " " + "1".repeat(Texts.REF) + " ", Texts.REF))
                .hasSize(Texts.REF);
        assertThatThrownBy(() -> Texts.clean("ref", "1".repeat(Texts.REF + 1), Texts.REF))
                .isInstanceOfSatisfying(CommandRejected.Invalid.class, e -> {
                    assertThat(e.rejection().field()).isEqualTo("ref");
                    assertThat(e.rejection().message()).isEqualTo("Keep this to 20 characters or fewer; it has 21.");
                });
    }

    @Test
    void givenBlankText_whenCleaned_thenAbsent_andRequiredRefuses() {
        assertThat(Texts.clean("comment", " \t\n", Texts.TEXT)).isNull();
        assertThat(Texts.clean("comment", null, Texts.TEXT)).isNull();
        assertThatThrownBy(() -> Texts.required("text", "  ", Texts.TEXT, "A note needs some text."))
                .isInstanceOfSatisfying(
                        CommandRejected.Invalid.class,
                        e -> assertThat(e.rejection().message()).isEqualTo("A note needs some text."));
    }
}
