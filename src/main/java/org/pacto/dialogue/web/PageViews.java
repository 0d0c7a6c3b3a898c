package org.pacto.dialogue.web;

import java.util.List;
import org.pacto.dialogue.domain.Session;

/** The read models of the module's pages: public so that the templates' expressions can read them. */
public final class PageViews {

    private PageViews() {
    }

    /** A session on the agenda: its times in the region's capitals and the panel rule's warnings. */
    public record SessionView(Session session, List<CapitalTime> capitals, List<String> warnings) {
    }

    /** A bar of an inline SVG chart: label, value and its length in per cent of the largest. */
    public record Bar(String label, long value, int percent) {
    }

    /** A session's start and end in one capital, as HH:mm. */
    public record CapitalTime(String capital, String starts, String ends) {
    }
}
