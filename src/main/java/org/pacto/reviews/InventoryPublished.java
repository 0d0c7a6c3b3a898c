package org.pacto.reviews;

import java.util.UUID;

/** A government published its inventory for a review cycle: it is now public and frozen for that cycle. */
public record InventoryPublished(UUID inventory, UUID cycle, UUID organisation, String organisationName) {
}
