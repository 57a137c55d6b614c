package org.promisetracker.query.summary;

/** British English cardinals, as a committee paper spells its counts: "one hundred and five", "thirty-two". */
final class NumberWords {

    private static final String[] UNDER_TWENTY = {
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen"
    };
    private static final String[] TENS = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };
    private static final int[] SCALES = {1_000_000_000, 1_000_000, 1_000};
    private static final String[] SCALE_NAMES = {"billion", "million", "thousand"};

    private NumberWords() {}

    static String of(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A count has no words when negative: " + n);
        }
        for (int i = 0; i < SCALES.length; i++) {
            if (n >= SCALES[i]) {
                String head = belowThousand(n / SCALES[i]) + " " + SCALE_NAMES[i];
                int rest = n % SCALES[i];
                if (rest == 0) {
                    return head;
                }
                // British usage joins a trailing part under a hundred with "and": "two thousand and one".
                return head + (rest < 100 ? " and " : " ") + of(rest);
            }
        }
        return belowThousand(n);
    }

    private static String belowThousand(int n) {
        if (n < 100) {
            return belowHundred(n);
        }
        String hundreds = UNDER_TWENTY[n / 100] + " hundred";
        return n % 100 == 0 ? hundreds : hundreds + " and " + belowHundred(n % 100);
    }

    private static String belowHundred(int n) {
        if (n < 20) {
            return UNDER_TWENTY[n];
        }
        return n % 10 == 0 ? TENS[n / 10] : TENS[n / 10] + "-" + UNDER_TWENTY[n % 10];
    }
}
