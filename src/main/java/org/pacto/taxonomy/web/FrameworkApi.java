package org.pacto.taxonomy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.taxonomy.Country;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Objective;
import org.pacto.taxonomy.Principle;
import org.pacto.taxonomy.Region;
import org.pacto.taxonomy.Scheme;
import org.pacto.taxonomy.Term;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The framework's read API, in the language of {@code ?lang=} or {@code Accept-Language}. */
@Tag(name = "taxonomy", description = "The GCM framework and reference lists: 23 objectives with their commitments and actions, 10 guiding principles, countries and regions (UN M49), and reference schemes (SDG targets, GFMD areas, stakeholder groups, …). Public, in the language of `lang` or `Accept-Language`; every text says whether its wording is official.")
@RestController
@RequestMapping("/api/v1")
class FrameworkApi {

    private static final CacheControl CACHE = CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic();
    private final Framework framework;

    private final tools.jackson.databind.json.JsonMapper json;

    FrameworkApi(Framework framework, tools.jackson.databind.json.JsonMapper json) {
        this.framework = framework;
        this.json = json;
    }

    /**
     * The most requested document is immutable between migrations, so it is serialised once per
     * language and answered from memory, with an ETag for conditional requests.
     */
    @Operation(summary = "List the 23 GCM objectives",
            description = "The objectives with their commitments, local actions and links. Public; cacheable with `ETag`/`If-None-Match` (304).")
    @Parameter(name = "If-None-Match", description = "The `ETag` of a copy the client holds; 304 when unchanged.")
    @GetMapping(value = "/objectives", produces = "application/json")
    ResponseEntity<byte[]> objectives(@org.springframework.web.bind.annotation.RequestHeader(
            value = "If-None-Match", required = false) @Nullable String ifNoneMatch) {
        Language language = language();
        var document = objectivesJson.computeIfAbsent(language, l -> Serialised.of(json,
                framework.objectives(l).stream().map(ObjectiveView::of).toList()));
        if (document.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(document.etag()).cacheControl(CACHE).build();
        }
        return ResponseEntity.ok().cacheControl(CACHE).eTag(document.etag())
                .header("Content-Language", language.code()).header("Vary", "Accept-Language")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(document.bytes());
    }

    private final java.util.Map<Language, Serialised> objectivesJson = new java.util.concurrent.ConcurrentHashMap<>();

    record Serialised(byte[] bytes, String etag) {
        static Serialised of(tools.jackson.databind.json.JsonMapper json, Object value) {
            byte[] bytes = json.writeValueAsBytes(value);
            return new Serialised(bytes, "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"");
        }
    }

    @Operation(summary = "Read one objective",
            description = "One GCM objective by number. Public.")
    @Parameter(name = "number", description = "The objective's number, 1 to 23.", example = "16")
    @GetMapping("/objectives/{number}")
    ResponseEntity<ObjectiveView> objective(@PathVariable String number) {
        Language language = language();
        return framework.objective(parse(number), language).map(ObjectiveView::of).map(o -> ok(language, o))
                .orElseThrow(() -> new NotFoundException("objective", number));
    }

    @Operation(summary = "List the guiding principles",
            description = "The ten guiding principles of the GCM. Public.")
    @GetMapping("/principles")
    ResponseEntity<List<PrincipleView>> principles() {
        Language language = language();
        return ok(language, framework.principles(language).stream().map(PrincipleView::of).toList());
    }

    @Operation(summary = "Read one guiding principle",
            description = "One guiding principle by code. Public.")
    @Parameter(name = "code", description = "The principle's code.", example = "people-centred")
    @GetMapping("/principles/{code}")
    ResponseEntity<PrincipleView> principle(@PathVariable String code) {
        Language language = language();
        return framework.principle(code, language).map(PrincipleView::of).map(p -> ok(language, p))
                .orElseThrow(() -> new NotFoundException("principle", code));
    }

    @Operation(summary = "List countries",
            description = "Countries and areas of the UN M49 standard with ISO 3166-1 codes and names. Public.")
    @GetMapping("/countries")
    ResponseEntity<List<Country>> countries() {
        Language language = language();
        return ok(language, framework.countries(language));
    }

    @Operation(summary = "Read one country",
            description = "One country by its ISO 3166-1 alpha-2 code. Public.")
    @Parameter(name = "code", description = "ISO 3166-1 alpha-2 code.", example = "AR")
    @GetMapping("/countries/{code}")
    ResponseEntity<Country> country(@PathVariable String code) {
        Language language = language();
        return framework.country(code, language).map(c -> ok(language, c))
                .orElseThrow(() -> new NotFoundException("country", code));
    }

    @Operation(summary = "List regions",
            description = "The regions and sub-regions of the UN M49 standard. Public.")
    @GetMapping("/regions")
    ResponseEntity<List<Region>> regions() {
        Language language = language();
        return ok(language, framework.regions(language));
    }

    @Operation(summary = "Read a reference list",
            description = "The entries of a reference scheme, each saying whether its wording is official. Public.")
    @Parameter(name = "scheme", description = "`sdg`, `gfmd-area`, `stakeholder-group`, `dialogue-mechanism-group`, `entity-kind`, `mgi-domain`, `theme` or `grouping`.", example = "sdg")
    @GetMapping("/reference/{scheme}")
    ResponseEntity<List<TermView>> terms(@PathVariable String scheme) {
        Language language = language();
        Scheme known = Scheme.fromCode(scheme).orElseThrow(() -> new NotFoundException("reference list", scheme));
        return ok(language, framework.terms(known, language).stream()
                .map(t -> new TermView(t, known == Scheme.GROUPING ? framework.members(t.code()) : null)).toList());
    }

    private static <T> ResponseEntity<T> ok(Language language, T body) {
        return ResponseEntity.ok().cacheControl(CACHE).header("Content-Language", language.code())
                .header("Vary", "Accept-Language").body(body);
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(new InvalidInputException.FieldProblem("number", "not-a-number", number));
        }
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    /**
     * {@code localActionSources} runs parallel to {@code localActions}: handbook, handbook-adapted or
     * pacto (migration V7); {@code handbookShortTitle} is seed 004's Spanish short title, if any.
     */
    record ObjectiveView(int number, String title, String shortTitle, String commitment, List<String> localActions,
                         List<String> localActionSources, int gcmParagraph, String language,
                         boolean officialTranslation, @Nullable String handbookShortTitle) {
        static ObjectiveView of(Objective o) {
            return new ObjectiveView(o.number(), o.title(), o.shortTitle(), o.commitment(), o.localActions(),
                    o.actions().stream().map(a -> a.source().code()).toList(), o.gcmParagraph(),
                    o.language().code(), o.official(), o.handbookShortTitle());
        }
    }

    record PrincipleView(String code, String title, String definition, String paragraph, String language,
                         boolean officialTranslation) {
        static PrincipleView of(Principle p) {
            return new PrincipleView(p.code(), p.title(), p.definition(), "15(" + p.paragraph() + ")",
                    p.language().code(), p.official());
        }
    }

    record TermView(String code, String label, @Nullable String description, @Nullable String parent,
                    @Nullable String source, boolean officialWording, @Nullable List<String> members) {
        TermView(Term t, @Nullable List<String> members) {
            this(t.code(), t.label(), t.description(), t.parent(), t.source(), t.official(), members);
        }
    }
}
