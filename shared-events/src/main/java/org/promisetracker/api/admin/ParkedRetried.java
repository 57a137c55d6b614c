package org.promisetracker.api.admin;

import java.util.List;

/** What one retry did: how many items were tried, how many are shown now, and what is still parked. */
public record ParkedRetried(int tried, int projected, List<ParkedList.Parked> stillParked) {}
