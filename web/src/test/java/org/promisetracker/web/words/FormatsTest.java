package org.promisetracker.web.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.promisetracker.api.benefit.BenefitType;

class FormatsTest {

    @ParameterizedTest(name = "{0} {1} is \"{2}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "12.3456 |                           | 12.3456",
                "35000   |                           | 35,000",
                "1.50    |                           | 1.5",
                "1E+3    |                           | 1,000",
                "88.5    | %                         | 88.5%",
                "72      | children and young people | 72 children and young people",
                "35000   | GBP                       | £35,000",
                "1250.5  | gbp                       | £1,250.50",
                "0.125   | £                         | £0.125",
                "-12.5   | GBP                       | -£12.50"
            })
    void givenAValueAndUnit_whenWritten_thenEveryRecordedDigitShowsWithItsUnit(
            String value, String unit, String written) {
        assertThat(Formats.figure(new BigDecimal(value), unit)).isEqualTo(written);
    }

    @Test
    void givenACashableBenefitWithNoUnit_whenItsUnitIsAsked_thenItIsPounds() {
        assertThat(Formats.unitOf(BenefitType.CASHABLE, null)).isEqualTo("GBP");
        assertThat(Formats.unitOf(BenefitType.CASHABLE, " ")).isEqualTo("GBP");
        assertThat(Formats.unitOf(BenefitType.QUANTITATIVE, null)).isNull();
        assertThat(Formats.unitOf(BenefitType.CASHABLE, "%")).isEqualTo("%");
    }

    @Test
    void givenDatesAndInstants_whenWritten_thenAsACommitteePaperWritesThemInTheServicesZone() {
        assertThat(Formats.date(LocalDate.of(2023, 2, 20))).isEqualTo("20 February 2023");
        assertThat(Formats.instant(Instant.parse("2022-06-30T13:05:09Z"), ZoneId.of("Europe/London")))
                .isEqualTo("30 June 2022 at 14:05:09");
        assertThat(Formats.date(null)).isEmpty();
        assertThat(Formats.instant(null, ZoneId.of("Europe/London"))).isEmpty();
        assertThat(Formats.figure(null, "%")).isEmpty();
    }
}
