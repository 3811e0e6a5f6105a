package org.hatecrime.reporting.domain.sharing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where lawful override requests are kept. */
@ApplicationScoped
public class LawfulOverrideRequests implements PanacheRepositoryBase<LawfulOverride, UUID> {

    boolean oneIsWaitingFor(UUID reportId) {
        return count("reportId = ?1 and status = ?2", reportId, LawfulOverride.Status.REQUESTED) > 0;
    }

    Optional<LawfulOverride> forDecision(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<LawfulOverride> waiting(int page, int size) {
        return find("status = ?1 order by requestedAt, id", LawfulOverride.Status.REQUESTED).page(Page.of(page, size)).list();
    }
}
