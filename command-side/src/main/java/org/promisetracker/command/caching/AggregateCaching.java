package org.promisetracker.command.caching;

import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps recently used aggregates in memory between commands, so that recording a measurement does
 * not first read and replay every earlier event of its benefit (ten years of monthly measurements
 * and assessments is some 250 events). Each aggregate names its type's cache in its
 * {@code @Aggregate}; all of them share one bound.
 * <p>
 * Safe with several command nodes: every append is checked against the aggregate's sequence number
 * in the event store, so a node acting on a stale copy fails to append, its unit of work rolls back
 * and Axon drops the entry; the retry loads from the store. A rejected command rolls back the same
 * way. The size bounds memory (a benefit holds every measurement it has recorded).
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaching {

    /** The bean names the aggregates' {@code @Aggregate(cache = ...)} refer to. */
    public static final String PLANS = "planCache";

    public static final String ACTIONS = "actionCache";
    public static final String BENEFITS = "benefitCache";
    public static final String REPORTS = "reportCache";

    @Bean
    BoundedCaches aggregateCaches(@Value("${tracker.command.aggregate-cache-size:2000}") long size) {
        return new BoundedCaches(size);
    }

    @Bean(PLANS)
    Cache planCache(BoundedCaches caches) {
        return caches.of(PLANS);
    }

    @Bean(ACTIONS)
    Cache actionCache(BoundedCaches caches) {
        return caches.of(ACTIONS);
    }

    @Bean(BENEFITS)
    Cache benefitCache(BoundedCaches caches) {
        return caches.of(BENEFITS);
    }

    @Bean(REPORTS)
    Cache reportCache(BoundedCaches caches) {
        return caches.of(REPORTS);
    }
}
