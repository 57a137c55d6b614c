package org.promisetracker.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ActionStatusChanged} revision 1, stored before a published report locked the period it covers, read as
 * revision 2 with {@code "lateReason": null}: no such status change needed one. Nothing in the store is
 * rewritten, as for {@link BenefitAddedToRevision2}.
 */
@Component
@Order(2)
public class ActionStatusChangedToRevision2 extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType("org.promisetracker.api.action.ActionStatusChanged", "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType("org.promisetracker.api.action.ActionStatusChanged", "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation intermediate) {
        return intermediate.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation intermediate) {
        return intermediate.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("lateReason");
            return payload;
        });
    }
}
