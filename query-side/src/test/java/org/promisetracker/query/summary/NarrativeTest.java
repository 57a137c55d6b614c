package org.promisetracker.query.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.promisetracker.api.action.ActionStatus.COMPLETED;
import static org.promisetracker.api.action.ActionStatus.NOT_STARTED;
import static org.promisetracker.api.action.ActionStatus.ON_TARGET;
import static org.promisetracker.api.action.ActionStatus.PROGRESSING;
import static org.promisetracker.api.action.ActionStatus.SUPERSEDED;
import static org.promisetracker.api.benefit.BenefitType.CASHABLE;
import static org.promisetracker.api.benefit.BenefitType.QUALITATIVE;
import static org.promisetracker.api.benefit.BenefitType.QUANTITATIVE;
import static org.promisetracker.api.benefit.Rag.AMBER;
import static org.promisetracker.api.benefit.Rag.GREEN;
import static org.promisetracker.api.benefit.Rag.NOT_ASSESSED;
import static org.promisetracker.api.benefit.Rag.RED;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.summary.ActionCounts;
import org.promisetracker.api.summary.BenefitCounts;

class NarrativeTest {

    private static final ActionCounts NO_ACTIONS = new ActionCounts(0, Map.of());
    private static final BenefitCounts NO_BENEFITS = new BenefitCounts(0, Map.of(), Map.of());
    private static final ActionCounts ONE_ON_TARGET = actions(Map.of(ON_TARGET, 1));
    private static final BenefitCounts ONE_QUALITATIVE_GREEN = benefits(Map.of(QUALITATIVE, 1), Map.of(GREEN, 1));

    @Test
    void givenApiMdExample_whenOf_thenTheNarrativeApiMdShows() {
        ActionCounts actions = new ActionCounts(
                32, Map.of(NOT_STARTED, 0, ON_TARGET, 20, PROGRESSING, 3, COMPLETED, 8, SUPERSEDED, 1));
        BenefitCounts benefits = new BenefitCounts(
                48,
                Map.of(QUALITATIVE, 33, QUANTITATIVE, 13, CASHABLE, 2),
                Map.of(GREEN, 37, AMBER, 6, RED, 5, NOT_ASSESSED, 0));

        assertThat(Narrative.of(actions, benefits))
                .isEqualTo(
                        "Of our thirty-two actions, eight have been completed, twenty are on target, three are progressing"
                                + " and one has been superseded. Of our forty-eight benefits, thirty-three are qualitative,"
                                + " thirteen are quantitative and two are cashable. Thirty-seven benefits are green, six are amber"
                                + " and five are red.");
    }

    @Test
    void givenOneOfEveryStatus_whenOf_thenEverySingularActionFormInOrder() {
        ActionCounts actions =
                actions(Map.of(NOT_STARTED, 1, ON_TARGET, 1, PROGRESSING, 1, COMPLETED, 1, SUPERSEDED, 1));

        assertThat(Narrative.of(actions, NO_BENEFITS))
                .isEqualTo("Of our five actions, one has been completed, one is on target, one is progressing,"
                        + " one has been superseded and one has not started. There are no benefits yet.");
    }

    @Test
    void givenTwoOfEveryStatus_whenOf_thenEveryPluralActionFormInOrder() {
        ActionCounts actions =
                actions(Map.of(NOT_STARTED, 2, ON_TARGET, 2, PROGRESSING, 2, COMPLETED, 2, SUPERSEDED, 2));

        assertThat(Narrative.of(actions, NO_BENEFITS))
                .isEqualTo("Of our ten actions, two have been completed, two are on target, two are progressing,"
                        + " two have been superseded and two have not started. There are no benefits yet.");
    }

    @Test
    void givenOneOfEveryTypeAndRag_whenOf_thenEverySingularBenefitForm() {
        BenefitCounts benefits = benefits(
                Map.of(QUALITATIVE, 2, QUANTITATIVE, 1, CASHABLE, 1),
                Map.of(GREEN, 1, AMBER, 1, RED, 1, NOT_ASSESSED, 1));

        assertThat(Narrative.of(NO_ACTIONS, benefits))
                .isEqualTo(
                        "There are no actions yet. Of our four benefits, two are qualitative, one is quantitative and one is"
                                + " cashable. One benefit is green, one is amber, one is red and one has not been assessed.");
    }

    @Test
    void givenSeveralOfEveryTypeAndRag_whenOf_thenEveryPluralBenefitForm() {
        BenefitCounts benefits = benefits(
                Map.of(QUALITATIVE, 3, QUANTITATIVE, 3, CASHABLE, 3),
                Map.of(GREEN, 2, AMBER, 2, RED, 2, NOT_ASSESSED, 3));

        assertThat(Narrative.of(NO_ACTIONS, benefits))
                .isEqualTo(
                        "There are no actions yet. Of our nine benefits, three are qualitative, three are quantitative and"
                                + " three are cashable. Two benefits are green, two are amber, two are red and three have not been"
                                + " assessed.");
    }

    @Test
    void givenZeroCounts_whenOf_thenOnlyTheNonZeroListed() {
        ActionCounts actions = actions(Map.of(ON_TARGET, 2, SUPERSEDED, 3));
        BenefitCounts benefits = benefits(Map.of(CASHABLE, 7), Map.of(AMBER, 4, RED, 3));

        assertThat(Narrative.of(actions, benefits))
                .isEqualTo(
                        "Of our five actions, two are on target and three have been superseded. Of our seven benefits,"
                                + " seven are cashable. Four benefits are amber and three are red.");
    }

    @Test
    void givenNotStartedFirstInTheEnum_whenOf_thenListedLast() {
        ActionCounts actions = actions(Map.of(NOT_STARTED, 4, COMPLETED, 1));

        assertThat(Narrative.of(actions, NO_BENEFITS))
                .isEqualTo(
                        "Of our five actions, one has been completed and four have not started. There are no benefits yet.");
    }

    @Test
    void givenOnlyNotStarted_whenOf_thenItIsTheWholeList() {
        assertThat(Narrative.of(actions(Map.of(NOT_STARTED, 1)), NO_BENEFITS))
                .isEqualTo("Of our one action, one has not started. There are no benefits yet.");
    }

    @Test
    void givenNotAssessedAmongOthers_whenOf_thenListedLastWithoutTheNoun() {
        BenefitCounts benefits = benefits(Map.of(QUANTITATIVE, 5), Map.of(NOT_ASSESSED, 3, GREEN, 2));

        assertThat(Narrative.of(NO_ACTIONS, benefits))
                .isEqualTo("There are no actions yet. Of our five benefits, five are quantitative."
                        + " Two benefits are green and three have not been assessed.");
    }

    @Test
    void givenOnlyOneNotAssessed_whenOf_thenItCarriesTheSingularNoun() {
        BenefitCounts benefits = benefits(Map.of(QUALITATIVE, 1), Map.of(NOT_ASSESSED, 1));

        assertThat(Narrative.of(NO_ACTIONS, benefits))
                .isEqualTo(
                        "There are no actions yet. Of our one benefit, one is qualitative. One benefit has not been assessed.");
    }

    @Test
    void givenOnlyNotAssessed_whenOf_thenItCarriesThePluralNoun() {
        BenefitCounts benefits = benefits(Map.of(QUALITATIVE, 3), Map.of(NOT_ASSESSED, 3));

        assertThat(Narrative.of(NO_ACTIONS, benefits))
                .isEqualTo("There are no actions yet. Of our three benefits, three are qualitative."
                        + " Three benefits have not been assessed.");
    }

    @Test
    void givenOneRedFirst_whenOf_thenOneBenefitIsRed() {
        BenefitCounts benefits = benefits(Map.of(CASHABLE, 3), Map.of(RED, 1, NOT_ASSESSED, 2));

        assertThat(Narrative.of(NO_ACTIONS, benefits))
                .isEqualTo("There are no actions yet. Of our three benefits, three are cashable."
                        + " One benefit is red and two have not been assessed.");
    }

    @Test
    void givenTotalsOfOne_whenOf_thenSingularNouns() {
        assertThat(Narrative.of(ONE_ON_TARGET, ONE_QUALITATIVE_GREEN))
                .isEqualTo(
                        "Of our one action, one is on target. Of our one benefit, one is qualitative. One benefit is green.");
    }

    @Test
    void givenNoActionsAndNoBenefits_whenOf_thenTwoWholeSentences() {
        assertThat(Narrative.of(NO_ACTIONS, NO_BENEFITS))
                .isEqualTo("There are no actions yet. There are no benefits yet.");
    }

    @Test
    void givenNoActions_whenOf_thenSaysSoAndStillDescribesTheBenefits() {
        assertThat(Narrative.of(NO_ACTIONS, ONE_QUALITATIVE_GREEN))
                .isEqualTo("There are no actions yet. Of our one benefit, one is qualitative. One benefit is green.");
    }

    @Test
    void givenNoBenefits_whenOf_thenSaysSoWithoutARagSentence() {
        assertThat(Narrative.of(ONE_ON_TARGET, NO_BENEFITS))
                .isEqualTo("Of our one action, one is on target. There are no benefits yet.");
    }

    @Test
    void givenLargeCounts_whenOf_thenBritishWordsAndACapitalisedRagSentence() {
        ActionCounts actions = actions(Map.of(COMPLETED, 100, ON_TARGET, 5));
        BenefitCounts benefits = benefits(Map.of(QUANTITATIVE, 1001), Map.of(GREEN, 1000, AMBER, 1));

        assertThat(Narrative.of(actions, benefits))
                .isEqualTo(
                        "Of our one hundred and five actions, one hundred have been completed and five are on target."
                                + " Of our one thousand and one benefits, one thousand and one are quantitative."
                                + " One thousand benefits are green and one is amber.");
    }

    @Test
    void givenStatusesNotAddingUpToTheTotal_whenOf_thenRejectedRatherThanContradicted() {
        ActionCounts actions = new ActionCounts(32, Map.of(ON_TARGET, 20));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Narrative.of(actions, NO_BENEFITS))
                .withMessageContaining("20")
                .withMessageContaining("32");
    }

    @Test
    void givenRagsNotAddingUpToTheTotal_whenOf_thenRejected() {
        BenefitCounts benefits = new BenefitCounts(2, Map.of(QUALITATIVE, 2), Map.of(GREEN, 1));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Narrative.of(NO_ACTIONS, benefits))
                .withMessageContaining("RAG");
    }

    @Test
    void givenANegativeCountOffsetByAnother_whenOf_thenRejected() {
        ActionCounts actions = new ActionCounts(1, Map.of(COMPLETED, -1, ON_TARGET, 2));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Narrative.of(actions, NO_BENEFITS))
                .withMessageContaining("negative");
    }

    private static ActionCounts actions(Map<ActionStatus, Integer> byStatus) {
        return new ActionCounts(sum(byStatus), byStatus);
    }

    private static BenefitCounts benefits(Map<BenefitType, Integer> byType, Map<Rag, Integer> byRag) {
        return new BenefitCounts(sum(byType), byType, byRag);
    }

    private static int sum(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
