package org.hatecrime.victimcare.domain.support;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralStatus;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The support a victim receives once they accepted their referral, and the one place that decides
 * it: the case manager, the plan's actions, their wellbeing (SWEMWBS) at the start and at the
 * close, and their satisfaction at the close. Planned only for an accepted referral; nothing changes
 * once it is closed. Free text (actions, the victim's comment) is personal data and kept sealed.
 */
@Entity
@Table(name = "support")
public class Support {

    /** A username of the victim service's staff (or {@code victim} as an action's owner). */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    /** The referral this support belongs to: one support per referral. */
    @Id
    @Column(name = "referral_id")
    private UUID referralId;

    @Column(nullable = false, updatable = false)
    private String agency;

    /** The victim as a data subject: action descriptions and their comment are sealed with their key. */
    @Column(name = "subject_id", nullable = false, updatable = false)
    private UUID subjectId;

    @Column(name = "case_manager")
    private String caseManager;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "start_items")
    private Integer[] startItems;

    @Column(name = "start_metric", precision = 4, scale = 2)
    private BigDecimal startMetric;

    @Column(name = "start_measured_at")
    private OffsetDateTime startMeasuredAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "end_items")
    private Integer[] endItems;

    @Column(name = "end_metric", precision = 4, scale = 2)
    private BigDecimal endMetric;

    @Column
    private Integer satisfaction;

    /** The victim's comment on the support, sealed and bound to this support; null without one. */
    @Column(name = "sealed_satisfaction_comment")
    private byte[] sealedSatisfactionComment;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** Every change touches it, so that the version (the ETag) moves with any change of the plan. */
    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    @OrderBy("createdAt, id")
    private List<SupportAction> actions = new ArrayList<>();

    @Version
    private long version;

    protected Support() {
    }

    /** Seals a piece of the victim's personal data, bound to the record (id) it belongs to. */
    public interface Sealer {
        byte[] seal(String recordId, Object personalData);
    }

    /** The wellbeing measured at the start or the close. */
    public record Wellbeing(List<Integer> items, int raw, BigDecimal metric, OffsetDateTime measuredAt) {
    }

    /** Support begins for a referral the victim accepted. */
    public static Support begin(Referral referral, UUID subject, OffsetDateTime at) {
        requireAccepted(referral);
        Support support = new Support();
        support.referralId = referral.id();
        support.agency = referral.agency();
        support.subjectId = subject;
        support.createdAt = at;
        support.changedAt = at;
        return support;
    }

    public void assignCaseManager(Referral referral, String username, OffsetDateTime at) {
        requireChangeable(referral);
        caseManager = username("caseManager", username);
        changedAt = at;
    }

    /** The wellbeing at the start of support; may be corrected until support closes. */
    public void recordStartingWellbeing(Referral referral, List<Integer> items, OffsetDateTime at) {
        requireChangeable(referral);
        Swemwbs.Score score = Swemwbs.score("items", items);
        startItems = score.items().toArray(Integer[]::new);
        startMetric = score.metric();
        startMeasuredAt = at;
        changedAt = at;
    }

    public SupportAction addAction(Referral referral, String description, String owner, LocalDate dueOn, Sealer sealer, OffsetDateTime at) {
        requireChangeable(referral);
        UUID id = Randomness.uuid();
        SupportAction action = new SupportAction(id, sealer.seal(id.toString(), description(description)), username("owner", owner),
                required("dueOn", dueOn), at);
        actions.add(action);
        changedAt = at;
        return action;
    }

    public SupportAction changeAction(Referral referral, UUID actionId, String description, String owner, LocalDate dueOn,
            ActionStatus status, Sealer sealer, OffsetDateTime at) {
        requireChangeable(referral);
        SupportAction action = actions.stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new DomainException.NotFound("support action"));
        action.change(sealer.seal(actionId.toString(), description(description)), username("owner", owner), required("dueOn", dueOn),
                required("status", status), at);
        changedAt = at;
        return action;
    }

    /**
     * Closes support with the victim's wellbeing and satisfaction now; announced as closed. Needs
     * the wellbeing at the start, so that the change can be told.
     */
    public SupportClosed close(Referral referral, List<Integer> items, int satisfaction, String comment, Sealer sealer, String actor,
            OffsetDateTime at) {
        requireChangeable(referral);
        if (startMetric == null) {
            throw new DomainException.RuleBroken("Record the victim's wellbeing at the start of support before closing it");
        }
        Swemwbs.Score score = Swemwbs.score("wellbeing.items", items);
        if (satisfaction < 1 || satisfaction > 5) {
            throw new DomainException.InvalidValue("satisfaction.score", "must be from 1 to 5");
        }
        endItems = score.items().toArray(Integer[]::new);
        endMetric = score.metric();
        this.satisfaction = satisfaction;
        sealedSatisfactionComment = comment == null || comment.isBlank() ? null : sealer.seal(referralId.toString(), comment.strip());
        closedAt = at;
        closedBy = actor;
        changedAt = at;
        return new SupportClosed(this);
    }

    /** Whether a repeated closure asks for what was recorded, given the comment as opened. */
    public boolean closedWith(List<Integer> items, int satisfaction, String comment, String openedComment) {
        String asked = comment == null || comment.isBlank() ? null : comment.strip();
        return closedAt != null && items != null && Arrays.asList(endItems).equals(items) && this.satisfaction == satisfaction
                && Objects.equals(asked, openedComment);
    }

    /** The change in the metric score from start to close, once closed. */
    public Optional<BigDecimal> wellbeingChange() {
        return endMetric == null ? Optional.empty() : Optional.of(endMetric.subtract(startMetric));
    }

    private void requireChangeable(Referral referral) {
        if (closedAt != null) {
            throw new DomainException.RuleBroken("Support was closed on " + closedAt + "; it no longer changes");
        }
        requireAccepted(referral);
    }

    private static void requireAccepted(Referral referral) {
        if (referral.status() != ReferralStatus.ACCEPTED) {
            throw new DomainException.RuleBroken("Support is planned for an accepted referral; this one is " + referral.status());
        }
    }

    private static String username(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException.InvalidValue(field, "must not be blank");
        }
        if (!USERNAME.matcher(value).matches()) {
            throw new DomainException.InvalidValue(field, "a username: 2 to 64 lower-case letters, digits, '.', '_', '@' or '-'");
        }
        return value;
    }

    private static String description(String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException.InvalidValue("description", "say what is to be done");
        }
        return value.strip();
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new DomainException.InvalidValue(field, "must not be null");
        }
        return value;
    }

    public UUID referralId() {
        return referralId;
    }

    public String agency() {
        return agency;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String caseManager() {
        return caseManager;
    }

    public Optional<Wellbeing> startingWellbeing() {
        return startMetric == null ? Optional.empty()
                : Optional.of(new Wellbeing(List.of(startItems), sum(startItems), startMetric, startMeasuredAt));
    }

    public Optional<Wellbeing> closingWellbeing() {
        return endMetric == null ? Optional.empty() : Optional.of(new Wellbeing(List.of(endItems), sum(endItems), endMetric, closedAt));
    }

    public Integer satisfaction() {
        return satisfaction;
    }

    public byte[] sealedSatisfactionComment() {
        return sealedSatisfactionComment;
    }

    public boolean closed() {
        return closedAt != null;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public List<SupportAction> actions() {
        return Collections.unmodifiableList(actions);
    }

    public long version() {
        return version;
    }

    private static int sum(Integer[] items) {
        return Arrays.stream(items).mapToInt(Integer::intValue).sum();
    }
}
