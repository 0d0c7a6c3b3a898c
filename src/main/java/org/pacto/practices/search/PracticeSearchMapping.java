package org.pacto.practices.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Names the projection records of practice search to Hibernate Search, so their annotations are read wherever the
 * classes live (a packaged jar, an extracted one or a test class path) without relying on a discovered Jandex index.
 */
public class PracticeSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        context.annotationMapping().add(PracticeSearch.Stored.class);
    }
}
