package org.pacto.practices.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.pacto.platform.Language;

/**
 * One analyser per language: lower case, accents folded (so "movil" finds "móviles") and light
 * stemming (so singular finds plural). Typos are forgiven at query time by fuzzy matching. The analyser of a
 * language is named by its code, as the fields of {@code PracticeIndexFields} expect; a language added to
 * {@link Language} gets the folding analyser until it is given its own stemmer here.
 */
public class PracticeAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (Language language : Language.values()) {
            var analyzer = context.analyzer(language.code()).custom().tokenizer(StandardTokenizerFactory.class);
            switch (language) {
                case ES -> analyzer.tokenFilter(LowerCaseFilterFactory.class)
                        .tokenFilter(ASCIIFoldingFilterFactory.class)
                        .tokenFilter(SpanishLightStemFilterFactory.class);
                case EN -> analyzer.tokenFilter(EnglishPossessiveFilterFactory.class)
                        .tokenFilter(LowerCaseFilterFactory.class)
                        .tokenFilter(ASCIIFoldingFilterFactory.class)
                        .tokenFilter(EnglishMinimalStemFilterFactory.class);
                case FR -> analyzer.tokenFilter(ElisionFilterFactory.class)
                        .tokenFilter(LowerCaseFilterFactory.class)
                        .tokenFilter(ASCIIFoldingFilterFactory.class)
                        .tokenFilter(FrenchLightStemFilterFactory.class);
                case PT -> analyzer.tokenFilter(LowerCaseFilterFactory.class)
                        .tokenFilter(ASCIIFoldingFilterFactory.class)
                        .tokenFilter(PortugueseLightStemFilterFactory.class);
                // A language added later is searchable at once (lower case, accents folded), stemmed once given a case.
                default -> analyzer.tokenFilter(LowerCaseFilterFactory.class)
                        .tokenFilter(ASCIIFoldingFilterFactory.class);
            }
        }
    }
}
