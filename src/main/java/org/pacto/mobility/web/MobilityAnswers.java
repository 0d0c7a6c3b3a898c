package org.pacto.mobility.web;

import java.util.Optional;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.mobility.calculation.LabourDemand;
import org.pacto.mobility.calculation.Xmile;
import org.pacto.mobility.domain.DemandModels;
import org.pacto.mobility.domain.OccupationCatalog;
import org.pacto.mobility.domain.ProcedureInput;
import org.pacto.mobility.domain.RecognitionProcedures;
import org.pacto.mobility.domain.UploadedModel;
import org.pacto.mobility.domain.UploadedModels;
import org.pacto.platform.Language;
import org.pacto.platform.Paging;
import org.springframework.stereotype.Component;

/**
 * Turns the module's write models into the API's records, so that the controller never touches an entity
 * (ArchitectureTest: web layers do not return entities).
 */
@Component
class MobilityAnswers {

    private final RecognitionProcedures procedures;
    private final OccupationCatalog catalog;
    private final UploadedModels uploads;
    private final DemandModels models;

    MobilityAnswers(RecognitionProcedures procedures, OccupationCatalog catalog, UploadedModels uploads,
                    DemandModels models) {
        this.procedures = procedures;
        this.catalog = catalog;
        this.uploads = uploads;
        this.models = models;
    }

    MobilityApi.Created create(Actor actor, ProcedureInput input) {
        var saved = procedures.create(actor, input);
        var d = saved.duration();
        return new MobilityApi.Created(saved.id().toString(), saved.country(),
                new ProcedureAnswer.Days(d.minDays(), d.maxDays()), ProcedureAnswer.costs(d));
    }

    MobilityApi.ProcedureList list(String country, String occupation, Paging paging, Language language) {
        var page = procedures.search(country, occupation, paging);
        var today = procedures.today();
        return new MobilityApi.ProcedureList(paging.page(), paging.size(), page.total(),
                page.items().stream().map(p -> ProcedureAnswer.of(p, catalog, language, today)).toList());
    }

    MobilityApi.ModelAnswer upload(Actor actor, String xml) {
        var stored = uploads.upload(actor, xml);
        return new MobilityApi.ModelAnswer(stored.model().id().toString(), stored.model().name(),
                stored.content().stocks().size(), stored.content().flows().size(),
                stored.content().auxiliaries().size());
    }

    /** A shipped model by its code (its first scenario), or an uploaded one by its id. */
    Optional<String> xmile(String id) {
        return models.find(id)
                .map(m -> Xmile.write(LabourDemand.xmile(m.code(), m.scenarios().getFirst().parameters())))
                .or(() -> uuid(id).flatMap(uploads::find).map(UploadedModel::xmile));
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
