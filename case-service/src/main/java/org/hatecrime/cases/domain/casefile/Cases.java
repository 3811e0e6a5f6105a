package org.hatecrime.cases.domain.casefile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where cases are kept: the one way the service loads and saves them. */
@ApplicationScoped
public class Cases implements PanacheRepositoryBase<Case, UUID> {

    Optional<Case> forUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    boolean existsFor(UUID reportId, String force) {
        return count("reportId = ?1 and force = ?2", reportId, force) > 0;
    }

    /** Every force's case of the report (one per force it was shared with). */
    List<Case> allOfReport(UUID reportId) {
        return list("reportId", reportId);
    }

    /** The same, locked until the transaction ends. */
    List<Case> allOfReportForUpdate(UUID reportId) {
        return find("reportId", reportId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** When the victim of the report was erased, if a case of it knows. */
    Optional<OffsetDateTime> victimErasedAt(UUID reportId) {
        return find("reportId = ?1 and victimErasedAt is not null", reportId).firstResultOptional().map(Case::victimErasedAt);
    }

    Optional<Case> ofReport(UUID reportId, String force) {
        return find("reportId = ?1 and force = ?2", reportId, force).firstResultOptional();
    }

    List<Case> workedBy(Party party, String agency, CaseStage stage, int page, int size) {
        String whose = party == Party.POLICE ? "force = ?1" : "cpsArea = ?1 and filedWithCpsAt is not null";
        if (stage == null) {
            return find(whose + " order by openedAt desc, id", agency).page(Page.of(page, size)).list();
        }
        return find(whose + " and stage = ?2 order by openedAt desc, id", agency, stage).page(Page.of(page, size)).list();
    }

    /** Writes pending changes now, so the version the caller gets back as ETag is the stored one. */
    Case saved(Case c) {
        flush();
        return c;
    }
}
