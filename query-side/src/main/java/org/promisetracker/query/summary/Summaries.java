package org.promisetracker.query.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.promisetracker.api.action.ActionStatus;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Rag;
import org.promisetracker.api.summary.ActionCounts;
import org.promisetracker.api.summary.BenefitCounts;
import org.promisetracker.api.summary.PlanSummary;
import org.promisetracker.api.view.ActionView;
import org.promisetracker.api.view.BenefitView;
import org.promisetracker.api.view.PlanItems;

/** The committee summary of a set of items: counts per status, type and RAG, and the narrative. */
public final class Summaries {

    private Summaries() {}

    public static PlanSummary of(String planId, LocalDate asAt, Instant knownAt, PlanItems items) {
        Map<ActionStatus, Integer> byStatus = new EnumMap<>(ActionStatus.class);
        for (ActionView action : items.actions()) {
            byStatus.merge(action.status(), 1, Integer::sum);
        }
        Map<BenefitType, Integer> byType = new EnumMap<>(BenefitType.class);
        Map<Rag, Integer> byRag = new EnumMap<>(Rag.class);
        for (BenefitView benefit : items.benefits()) {
            byType.merge(benefit.type(), 1, Integer::sum);
            byRag.merge(benefit.rag(), 1, Integer::sum);
        }
        ActionCounts actions = new ActionCounts(items.actions().size(), byStatus);
        BenefitCounts benefits = new BenefitCounts(items.benefits().size(), byType, byRag);
        return new PlanSummary(planId, asAt, knownAt, actions, benefits, Narrative.of(actions, benefits));
    }
}
