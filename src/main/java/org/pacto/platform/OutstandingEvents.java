package org.pacto.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On a cluster (issue 17), an event whose node died before the listener finished must not wait for that node's
 * restart: Spring Modulith's staleness monitor marks such publications failed
 * ({@code spring.modulith.events.staleness.*}, set in {@code cluster/pacto-cluster-true.properties}) and one node
 * of the cluster resubmits the failed ones every {@code pacto.events.resubmit-every}. A single node keeps Spring
 * Modulith's own behaviour: what is outstanding is resubmitted when it restarts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
@EnableScheduling
@ConditionalOnBooleanProperty("pacto.cluster")
class OutstandingEvents {

    private final ObjectProvider<FailedEventPublications> failed;
    private final ScheduledWork scheduled;

    OutstandingEvents(ObjectProvider<FailedEventPublications> failed, ScheduledWork scheduled) {
        this.failed = failed;
        this.scheduled = scheduled;
    }

    @Scheduled(fixedDelayString = "${pacto.events.resubmit-every:PT1M}",
            initialDelayString = "${pacto.events.resubmit-every:PT1M}")
    void resubmit() {
        scheduled.once("platform.events-resubmission",
                () -> failed.ifAvailable(f -> f.resubmit(ResubmissionOptions.defaults())));
    }
}
