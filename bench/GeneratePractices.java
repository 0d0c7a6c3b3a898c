import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Generates N published (90 %) and in-review (10 %) multilingual practices (es, en, fr, pt) straight
 * into PostgreSQL for the search benchmark, then leaves indexing to the application's mass indexer
 * (POST /api/v1/admin/practices/reindex). Connects to the embedded PostgreSQL of a Pacto data
 * directory (port from postmaster.pid, password from postgres.secret).
 *
 * <pre>java -cp postgresql.jar bench/GeneratePractices.java DATA_DIR COUNT</pre>
 */
public class GeneratePractices {

    static final String SQL = """
            with words as (
              select 'es' as lang, array['consulados','móviles','salud','intercultural','empleo','mujeres','migrantes',
                'niñez','retorno','documentación','integración','vivienda','educación','observatorio','datos','diálogo',
                'protección','social','frontera','municipal','regularización','acogida','capacitación','derechos'] as w
              union all select 'en', array['mobile','consulates','health','intercultural','employment','women','migrants',
                'children','return','documents','integration','housing','education','observatory','data','dialogue',
                'protection','social','border','municipal','regularisation','reception','training','rights']
              union all select 'fr', array['consulats','mobiles','santé','interculturelle','emploi','femmes','migrants',
                'enfants','retour','documents','intégration','logement','éducation','observatoire','données','dialogue',
                'protection','sociale','frontière','municipal','régularisation','accueil','formation','droits']
              union all select 'pt', array['consulados','móveis','saúde','intercultural','emprego','mulheres','migrantes',
                'crianças','retorno','documentação','integração','moradia','educação','observatório','dados','diálogo',
                'proteção','social','fronteira','municipal','regularização','acolhimento','capacitação','direitos']),
            places as (
              select row_number() over (order by code) as n, code,
                     array_remove(array[region::text, subregion::text, intermediate_region::text], null) as regions
              from taxonomy.country where region is not null),
            place_count as (select count(*) as c from places),
            principles as (select array['people-centred','international-cooperation','national-sovereignty',
                'rule-of-law','sustainable-development','human-rights','gender-responsive','child-sensitive',
                'whole-of-government','whole-of-society'] as p),
            themes as (select array['gender','children','disability','indigenous-peoples','climate','health',
                'education','labour','returnees','internal-displacement','data','xenophobia','social-protection'] as t),
            g as (select g, (array['es','en','fr','pt'])[1 + g % 4] as lang from generate_series(1, :count) g)
            insert into practices.practice (id, status, language, title, summary, description, translations,
              organisation_id, organisation_name, partners, partner_organisation_ids, type, start_date, end_date,
              ongoing, implemented, level, countries, regions, locality, objectives, principles, sdg_targets, themes,
              results, links, review_round, published_at, peer_reviewed_at, created_at, updated_at, demo_key,
              published_version)
            select gen_random_uuid(),
              case when g.g % 10 = 0 then 'in-review' when g.g % 7 = 0 then 'published-as-promising' else 'published' end,
              g.lang,
              initcap(w.w[1 + g.g % 24]) || ' ' || w.w[1 + (g.g / 24) % 24] || ' ' || w.w[1 + (g.g / 576) % 24] || ' ' || g.g,
              w.w[1 + (g.g * 7) % 24] || ' ' || w.w[1 + (g.g * 11) % 24] || ' ' || w.w[1 + (g.g * 13) % 24] || ' '
                || w.w[1 + (g.g * 17) % 24] || ' ' || w.w[1 + (g.g * 19) % 24] || ' ' || w.w[1 + g.g % 24] || '.',
              repeat(w.w[1 + (g.g * 3) % 24] || ' ' || w.w[1 + (g.g * 5) % 24] || ' ' || w.w[1 + (g.g * 23) % 24] || '. ', 20),
              '{}', gen_random_uuid(), 'Organización ' || (g.g % 500), '{}', '{}',
              (array['project','policy','service','partnership','tool','campaign','data'])[1 + g.g % 7],
              date '2010-01-01' + (g.g % 5000), null, true, true,
              (array['local','subnational','national','regional','global'])[1 + g.g % 5],
              array[p.code::text], p.regions, 'Localidad ' || (g.g % 1000),
              array[1 + g.g % 23, 1 + (g.g * 7) % 23],
              array[pr.p[1 + g.g % 10], pr.p[1 + (g.g * 3) % 10]], '{}', array[t.t[1 + g.g % 13]],
              'Resultados ' || g.g, '{}', 1,
              now() - make_interval(days => g.g % 2000), now() - make_interval(days => g.g % 2000), now(), now(),
              'bench-' || g.g, case when g.g % 10 = 0 then 0 else 1 end
            from g join words w on w.lang = g.lang cross join place_count pc
              join places p on p.n = 1 + g.g % pc.c cross join principles pr cross join themes t
            """;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String port = Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).trim();
        String password = Files.readString(data.resolve("postgres.secret")).trim();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/pacto", "postgres",
                password); var statement = c.createStatement()) {
            int rows = statement.executeUpdate(SQL.replace(":count", Integer.toString(count)));
            statement.execute("analyze practices.practice");
            System.out.printf("generated %d practices in %d ms%n", rows, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
