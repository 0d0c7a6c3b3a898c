package org.pacto.platform.mail;

import java.sql.Timestamp;
import java.util.List;
import org.pacto.platform.Mailer;
import org.pacto.platform.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP when {@code spring.mail.host} is configured, the outbox otherwise. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    DatabaseOutbox outbox(JdbcClient jdbc) {
        return new DatabaseOutbox(jdbc);
    }

    @Bean
    Mailer mailer(ObjectProvider<JavaMailSender> smtp, DatabaseOutbox outbox,
                  @org.springframework.beans.factory.annotation.Value("${pacto.mail.from:pacto@localhost}") String from) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host): mail is kept in the outbox at /admin/outbox");
            return outbox::keep;
        }
        return mail -> {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.to());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            sender.send(message);
        };
    }

    static final class DatabaseOutbox implements Outbox {
        private final JdbcClient jdbc;

        DatabaseOutbox(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        void keep(Mailer.OutgoingMail mail) {
            jdbc.sql("insert into platform.outbox_mail (recipient, subject, body) values (:to, :subject, :body)")
                    .param("to", mail.to()).param("subject", mail.subject()).param("body", mail.body()).update();
        }

        @Override
        public List<Message> latest(int limit) {
            return jdbc.sql("select * from platform.outbox_mail order by at desc, id desc limit :limit")
                    .param("limit", limit).query(DatabaseOutbox::message).list();
        }

        @Override
        public List<Message> to(String address) {
            return jdbc.sql("select * from platform.outbox_mail where lower(recipient) = lower(:to) order by at desc, id desc")
                    .param("to", address).query(DatabaseOutbox::message).list();
        }

        private static Message message(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            Timestamp at = rs.getTimestamp("at");
            return new Message(rs.getLong("id"), at.toInstant(), rs.getString("recipient"), rs.getString("subject"),
                    rs.getString("body"));
        }
    }
}
