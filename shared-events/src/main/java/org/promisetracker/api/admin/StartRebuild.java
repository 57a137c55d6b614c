package org.promisetracker.api.admin;

/** Rebuild the read model from the event store; answered by the {@link RebuildProgress} at its start. */
public record StartRebuild() {}
