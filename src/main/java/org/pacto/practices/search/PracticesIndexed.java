package org.pacto.practices.search;

/**
 * Changes of practices reached the search index (after a commit, on a retry, or by a rebuild): what is derived
 * from the index and kept in memory is stale from now on. Internal to the practices module.
 */
public record PracticesIndexed(int practices) {
}
