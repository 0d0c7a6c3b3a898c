package org.pacto.platform;

/**
 * The outgoing-mail port. With {@code spring.mail.host} set, mail goes out by SMTP; otherwise it
 * lands in the outbox that admins read in the interface (demo and tests).
 */
public interface Mailer {

    void send(OutgoingMail mail);

    record OutgoingMail(String to, String subject, String body) {
    }
}
