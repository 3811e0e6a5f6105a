package org.hatecrime.reporting.domain.duplicates;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The coordinator's queue of cross-agency matches. */
@ApplicationScoped
public class CrossAgencyMatches implements PanacheRepositoryBase<CrossAgencyMatch, UUID> {

    void raise(UUID reportId, UUID otherId, MatchKind kind, OffsetDateTime at) {
        persist(CrossAgencyMatch.detected(reportId, otherId, kind, at));
    }

    /** Matches in a status, oldest first; of one report only, when it is given. */
    List<CrossAgencyMatch> withStatus(MatchStatus status, UUID reportId, int page, int size) {
        if (reportId == null) {
            return find("status = ?1 order by detectedAt, id", status).page(Page.of(page, size)).list();
        }
        return find("status = ?1 and (reportId = ?2 or otherId = ?2) order by detectedAt, id", status, reportId)
                .page(Page.of(page, size)).list();
    }

    Optional<CrossAgencyMatch> forDecision(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
