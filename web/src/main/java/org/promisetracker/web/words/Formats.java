package org.promisetracker.web.words;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.promisetracker.api.benefit.BenefitType;

/**
 * The one way a page or a paper (Word, PDF, Excel) writes a value: dates as a committee paper writes
 * them ("20 February 2023"), instants with their time to the second in the service's zone ("20
 * February 2023 at 14:05:09"), numbers exactly as recorded with thousands grouped ("12.3456",
 * "35,000"), money in pounds ("£35,000", "£1,250.50") and a figure with its unit ("88.5%", "72
 * children and young people"). Never rounded: an auditor compares what is shown with what was
 * recorded.
 */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss", Locale.UK);

    private Formats() {}

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String instant(Instant instant, ZoneId zone) {
        return instant == null ? "" : INSTANT.format(instant.atZone(zone));
    }

    /** Every recorded digit, thousands grouped: 12.3456, 35,000, 0.5. */
    public static String number(BigDecimal value) {
        return grouped(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /** Pounds, with pence only when there are any: £35,000, £1,250.50. */
    public static String money(BigDecimal value) {
        int scale = value.stripTrailingZeros().scale();
        String pounds = grouped(value.abs(), scale <= 0 ? 0 : Math.max(2, scale));
        return (value.signum() < 0 ? "-£" : "£") + pounds;
    }

    /** A figure with its unit; pounds when the unit says GBP or £. */
    public static String figure(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        if (unit == null || unit.isBlank()) {
            return number(value);
        }
        if (unit.equalsIgnoreCase("GBP") || unit.equals("£")) {
            return money(value);
        }
        return unit.equals("%") ? number(value) + "%" : number(value) + " " + unit;
    }

    /** The unit a benefit's figures are written in: a cashable benefit with none is in pounds. */
    public static String unitOf(BenefitType type, String unit) {
        return type == BenefitType.CASHABLE && (unit == null || unit.isBlank()) ? "GBP" : unit;
    }

    private static String grouped(BigDecimal value, int fractionDigits) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
