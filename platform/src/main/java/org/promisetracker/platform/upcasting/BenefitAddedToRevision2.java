package org.promisetracker.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code BenefitAdded} revision 1, stored before benefits had their own reference, read as revision
 * 2 with {@code "ref": null}. Nothing in the store is rewritten: every reader (aggregates, the
 * projection, report verification) upcasts as it reads, so a report frozen before the change
 * verifies against the same facts.
 */
@Component
@Order(1)
public class BenefitAddedToRevision2 extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType("org.promisetracker.api.benefit.BenefitAdded", "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType("org.promisetracker.api.benefit.BenefitAdded", "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation intermediate) {
        return intermediate.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation intermediate) {
        return intermediate.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("ref");
            return payload;
        });
    }
}
