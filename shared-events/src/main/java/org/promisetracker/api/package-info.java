/**
 * The published language of Promise Tracker: the commands, events, queries and value types that the
 * command side and the query side exchange. Records and enums only, with Axon's routing and
 * versioning annotations; no Spring, no JPA. Events are stored as JSON, so every change to an
 * event's shape needs a new {@code @Revision} and an upcaster.
 */
package org.promisetracker.api;
