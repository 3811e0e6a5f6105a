package org.hatecrime.cases.domain.casefile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Where what is known of each report's victim support is kept. */
@ApplicationScoped
public class VictimSupportRecords implements PanacheRepositoryBase<VictimSupport, UUID> {
}
