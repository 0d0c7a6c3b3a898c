package org.pacto.pledges;

import java.util.UUID;

/** A pledge the secretariat published: it is public from now on. */
public record PledgePublished(UUID pledge, String title, String organisation) {
}
