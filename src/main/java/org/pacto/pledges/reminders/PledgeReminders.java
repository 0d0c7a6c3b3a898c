package org.pacto.pledges.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.Role;
import org.pacto.platform.Language;
import org.pacto.platform.Mailer;
import org.pacto.platform.ScheduledWork;
import org.pacto.pledges.calculation.Deadlines;
import org.pacto.pledges.domain.Pledge;
import org.pacto.pledges.domain.Pledges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Daily reminders by mail to the focal points of the pledging organisation: when an open pledge
 * has had no progress report for 12 months, or when its deadline is 30 days away or less
 * ({@link Deadlines#reminderDue}: 30, 7 and 1 days before; then every 30 days while stale). The
 * day's job can be run for any date ({@link #remind}).
 */
@Configuration
@EnableScheduling
public class PledgeReminders {

    private static final Logger log = LoggerFactory.getLogger(PledgeReminders.class);

    private final Pledges pledges;
    private final Actors actors;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;
    private final ScheduledWork scheduled;

    PledgeReminders(Pledges pledges, Actors actors, Mailer mailer, MessageSource messages,
                    @Value("${pacto.base-url:http://localhost:8080}") String baseUrl, ScheduledWork scheduled) {
        this.scheduled = scheduled;
        this.pledges = pledges;
        this.actors = actors;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${pacto.pledges.reminders.cron:0 0 7 * * *}", zone = "UTC")
    public void daily() {
        // once per cluster: several nodes would each send the same reminders (platform.ScheduledWork)
        scheduled.once("pledges.reminders", () -> {
            int sent = remind(LocalDate.now());
            if (sent > 0) {
                log.info("Pledge reminders sent: {}", sent);
            }
        });
    }

    /** Sends the reminders due on {@code today}; returns how many mails went out. */
    public int remind(LocalDate today) {
        int sent = 0;
        List<Actor> focalPoints = actors.withRole(Role.FOCAL_POINT);
        for (Pledge pledge : pledges.open()) {
            LocalDate published = pledge.publishedAt() == null ? today
                    : pledge.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            var due = Deadlines.reminderDue(pledge.status().code(), pledge.deadline(), pledge.lastReportOn(),
                    published, today);
            if (due == Deadlines.Reminder.NONE) {
                continue;
            }
            boolean near = due == Deadlines.Reminder.DEADLINE;
            var organisation = new OrganisationId(pledge.organisationId());
            Locale locale = Language.fromCode(pledge.language()).orElse(Language.DEFAULT).locale();
            String link = baseUrl + "/pledges/" + pledge.id() + "#report";
            for (Actor focal : focalPoints) {
                if (!focal.actsFor(organisation)) {
                    continue;
                }
                if (near) {
                    mailer.send(new Mailer.OutgoingMail(focal.email(),
                            messages.getMessage("mail.pledge.deadline.subject",
                                    new Object[] {pledge.title(), pledge.deadline().toString()}, locale),
                            messages.getMessage("mail.pledge.deadline.body", new Object[] {pledge.title(),
                                    pledge.deadline().toString(), pledge.fulfilment().toPlainString(), link}, locale)));
                } else {
                    mailer.send(new Mailer.OutgoingMail(focal.email(),
                            messages.getMessage("mail.pledge.stale.subject", new Object[] {pledge.title()}, locale),
                            messages.getMessage("mail.pledge.stale.body", new Object[] {pledge.title(), link},
                                    locale)));
                }
                sent++;
            }
        }
        return sent;
    }
}
