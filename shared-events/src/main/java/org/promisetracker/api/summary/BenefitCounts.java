package org.promisetracker.api.summary;

import java.util.Map;
import org.promisetracker.api.benefit.BenefitType;
import org.promisetracker.api.benefit.Rag;

/** Every type and every RAG (NOT_ASSESSED included) is a key, zeros included, in the enums' order. */
public record BenefitCounts(int total, Map<BenefitType, Integer> byType, Map<Rag, Integer> byRag) {

    public BenefitCounts {
        byType = ActionCounts.complete(BenefitType.class, byType);
        byRag = ActionCounts.complete(Rag.class, byRag);
    }

    public int count(BenefitType type) {
        return byType.get(type);
    }

    public int count(Rag rag) {
        return byRag.get(rag);
    }
}
