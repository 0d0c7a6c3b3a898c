package org.pacto.practices;

import java.util.List;
import org.pacto.platform.LocalizedText;

/** What other modules (the home page) read of the collections the secretariat features. */
public interface FeaturedCollections {

    /** The featured collections, newest first, each with its first {@code practicesEach} published practices. */
    List<Featured> featured(int practicesEach);

    /** A featured collection: its texts, a few practices and how many it holds; {@code href} is its page. */
    record Featured(String id, LocalizedText title, LocalizedText description, List<Entry> practices, int count,
                    String href) {
    }

    /** A published practice in a collection: its title (with translations) and page. */
    record Entry(String id, LocalizedText title, String href) {
    }
}
