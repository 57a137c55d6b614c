package org.promisetracker.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ReportPublished} revision 1, stored before reporting rounds, read as revision 2 with
 * {@code roundId}, {@code signedOffBy} and {@code signedOffAt} null: published without a round.
 */
@Component
@Order(6)
public class ReportPublishedToRevision2 extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType("org.promisetracker.api.report.ReportPublished", "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType("org.promisetracker.api.report.ReportPublished", "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation intermediate) {
        return intermediate.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation intermediate) {
        return intermediate.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("roundId").putNull("signedOffBy").putNull("signedOffAt");
            return payload;
        });
    }
}
