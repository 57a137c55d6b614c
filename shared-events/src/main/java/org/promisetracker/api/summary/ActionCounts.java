package org.promisetracker.api.summary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.promisetracker.api.action.ActionStatus;

/** Every status is a key, zeros included, in the enum's order. */
public record ActionCounts(int total, Map<ActionStatus, Integer> byStatus) {

    public ActionCounts {
        byStatus = complete(ActionStatus.class, byStatus);
    }

    public int count(ActionStatus status) {
        return byStatus.get(status);
    }

    static <E extends Enum<E>> Map<E, Integer> complete(Class<E> type, Map<E, Integer> counts) {
        EnumMap<E, Integer> all = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            all.put(key, counts == null ? 0 : counts.getOrDefault(key, 0));
        }
        return Collections.unmodifiableMap(all);
    }
}
