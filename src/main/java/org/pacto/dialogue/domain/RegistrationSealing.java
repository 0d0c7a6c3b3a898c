package org.pacto.dialogue.domain;

import java.util.List;
import org.pacto.platform.SealedFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals, at start, the names and e-mails of registrations written before they were sealed (migration V2), and
 * clears their plaintext: a database upgraded from an earlier Pacto holds no registrant in clear after its first
 * start. Runs before any other start-up work (demo content included); nothing to do on a new database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistrationSealing.class);
    private static final int BATCH = 500;

    private final RegistrationRepository registrations;
    private final SealedFields sealed;
    private final TransactionTemplate transaction;

    RegistrationSealing(RegistrationRepository registrations, SealedFields sealed,
                        PlatformTransactionManager transactions) {
        this.registrations = registrations;
        this.sealed = sealed;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int total = 0;
        int done;
        do {
            done = sealBatch();
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            // A count only: never a name or an address in the log.
            log.info("Sealed the names and e-mails of {} registrations written before sealing", total);
        }
    }

    /** Seals up to one batch in its own transaction; answers how many it sealed. */
    int sealBatch() {
        Integer count = transaction.execute(status -> {
            List<Registration> batch = registrations.unsealed(PageRequest.of(0, BATCH));
            for (Registration r : batch) {
                r.seal(sealed, r.name(sealed), r.email(sealed));
            }
            registrations.flush();
            return batch.size();
        });
        return count == null ? 0 : count;
    }
}
