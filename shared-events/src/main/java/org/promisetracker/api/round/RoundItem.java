package org.promisetracker.api.round;

import org.promisetracker.api.view.ItemKind;

/** An action or a benefit whose update the round asks for. */
public record RoundItem(String itemId, ItemKind kind) {}
