package org.hatecrime.kit.domain;

import java.time.Duration;

/**
 * A business outcome that stops a use case, said in the domain's words. The domain throws these
 * and knows nothing of HTTP; the service kit turns each kind into its problem+json answer at the
 * edge (see {@code ProblemMappers}).
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.NotFound, DomainException.RuleBroken, DomainException.InvalidValue, DomainException.StaleVersion,
        DomainException.NotPermitted, DomainException.TooManyAttempts, DomainException.Gone {

    protected DomainException(String message) {
        super(message);
    }

    /** The record does not exist, or the caller may not know that it exists (the two look the same). */
    public static final class NotFound extends DomainException {
        public NotFound(String what) {
            super(what + " not found");
        }
    }

    /** The move is not allowed in the record's current state (e.g. sharing without consent). */
    public static final class RuleBroken extends DomainException {
        public RuleBroken(String message) {
            super(message);
        }
    }

    /** A value passed the form checks at the edge but breaks a rule only the domain can check. */
    public static final class InvalidValue extends DomainException {
        private final String field;
        private final String reason;

        public InvalidValue(String field, String reason) {
            super(field + ": " + reason);
            this.field = field;
            this.reason = reason;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return reason;
        }
    }

    /** The caller changed a version of the record that is no longer the current one. */
    public static final class StaleVersion extends DomainException {
        public StaleVersion(String message) {
            super(message);
        }
    }

    /** The caller's role or standing does not allow this, whatever the record's state. */
    public static final class NotPermitted extends DomainException {
        public NotPermitted(String message) {
            super(message);
        }
    }

    /** Too many failed attempts (e.g. wrong follow-up codes); the caller must wait this long before the next. */
    public static final class TooManyAttempts extends DomainException {
        private final Duration wait;

        public TooManyAttempts(String message, Duration wait) {
            super(message);
            this.wait = wait;
        }

        /** How long until the next attempt is allowed. */
        public Duration waitRemaining() {
            return wait;
        }
    }

    /** The record existed and is no longer kept (an export expired or erased); unlike {@link NotFound}, the caller may know it was there. */
    public static final class Gone extends DomainException {
        public Gone(String message) {
            super(message);
        }
    }
}
