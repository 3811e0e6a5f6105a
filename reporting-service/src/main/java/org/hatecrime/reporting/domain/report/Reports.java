package org.hatecrime.reporting.domain.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Where reports are kept: the one way the service loads and saves its aggregate. */
@ApplicationScoped
public class Reports implements PanacheRepositoryBase<Report, UUID> {

    public Optional<Report> forUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Report> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /** Writes pending changes now, so the version the caller gets back as ETag is the stored one. */
    public Report saved(Report report) {
        flush();
        return report;
    }
}
