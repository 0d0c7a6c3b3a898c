package org.pacto.reviews.web;

import org.jspecify.annotations.Nullable;
import org.pacto.reviews.domain.InventoryView.InitiativeItem;

/** The filters of an inventory's initiatives table, bound from the query as one record. */
record InitiativeFilter(@Nullable Integer objective, @Nullable String status, @Nullable String type) {

    boolean matches(InitiativeItem i) {
        return (objective == null || i.objectives().contains(objective))
                && (status == null || status.isBlank() || i.status().equals(status))
                && (type == null || type.isBlank() || i.type().equals(type));
    }
}
