package org.pacto.dialogue.web;

import java.util.ArrayList;
import java.util.List;
import org.pacto.dialogue.domain.Events;
import org.pacto.dialogue.domain.FollowUp;
import org.pacto.platform.Language;
import org.pacto.taxonomy.ObjectiveLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each objective's page lists the dialogue sessions that took it up and the published recommendations about it
 * (seed 003's first session: objectives 7, 8 and 15; its second: 6, 16, 18 and 19).
 */
@Component
class DialogueObjectiveLinks implements ObjectiveLinks {

    private final Events events;
    private final FollowUp followUp;
    private final MessageSource messages;

    DialogueObjectiveLinks(Events events, FollowUp followUp, MessageSource messages) {
        this.events = events;
        this.followUp = followUp;
        this.messages = messages;
    }

    @Override
    public String sectionKey() {
        return "objective.section.dialogue";
    }

    @Override
    public List<Link> linkedTo(int objective, Language language) {
        var locale = java.util.Locale.forLanguageTag(language.code());
        List<Link> links = new ArrayList<>();
        for (var event : events.all()) {
            event.sessions().stream().filter(s -> s.objectives().contains(objective)).forEach(s ->
                    links.add(new Link(s.topic(), "/dialogue/events/" + event.id(),
                            messages.getMessage("dialogue.link.session", new Object[] {event.title()}, locale))));
        }
        for (var f : followUp.about(objective)) {
            String text = f.recommendation().text();
            links.add(new Link(text.length() > 140 ? text.substring(0, 139) + "…" : text,
                    "/dialogue/events/" + f.eventId() + "/report",
                    messages.getMessage("dialogue.link.recommendation", new Object[] {messages.getMessage(
                            "dialogue.addressee." + f.recommendation().addressee().code(), null, locale)}, locale)));
        }
        return links;
    }
}
