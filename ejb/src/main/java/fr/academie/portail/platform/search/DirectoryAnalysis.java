package fr.academie.portail.platform.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the annuaire reads names: split on spaces, hyphens and apostrophes (« Jean-Pierre » is
 * « jean » and « pierre »), lower case, accents folded (« Lefèvre » is « lefevre »). The same
 * normalizer keeps whole values comparable for sorting and exact filters.
 */
public class DirectoryAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("nom").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer("nom_normalise").custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
