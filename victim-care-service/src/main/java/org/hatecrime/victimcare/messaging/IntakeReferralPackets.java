package org.hatecrime.victimcare.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hatecrime.victimcare.domain.contact.ContactDetails;
import org.hatecrime.victimcare.domain.contact.IntakeUnavailable;
import org.hatecrime.victimcare.domain.contact.ReferralPackets;
import org.jboss.logging.Logger;

/**
 * Fetches referral packets from intake (claim check). Logs only the report id and what went wrong,
 * never a packet: its contents are personal data.
 */
@ApplicationScoped
public class IntakeReferralPackets implements ReferralPackets {

    private static final Logger LOG = Logger.getLogger(IntakeReferralPackets.class);
    private static final int NOT_FOUND = 404;

    private final ReferralPacketClient intake;

    IntakeReferralPackets(@RestClient ReferralPacketClient intake) {
        this.intake = intake;
    }

    @Override
    public Optional<ContactDetails> contactDetailsOf(UUID reportId) {
        ReferralPacketClient.Packet packet;
        try {
            packet = intake.packet(reportId);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == NOT_FOUND) {
                LOG.infof("intake holds no referral packet of report %s for this service", reportId);
                return Optional.empty();
            }
            LOG.warnf("intake answered %d for the referral packet of report %s", status, reportId);
            throw new IntakeUnavailable("Intake could not give the referral packet just now");
        } catch (RuntimeException e) {
            // connection refused, timeout, or no token from the token endpoint; the message may quote a body, so only the type
            LOG.warnf("intake unreachable for the referral packet of report %s (%s)", reportId, e.getClass().getSimpleName());
            throw new IntakeUnavailable("Intake cannot be reached just now");
        }
        if (packet == null) {
            return Optional.empty();
        }
        ContactDetails.Contact contact = packet.contact() == null ? null : new ContactDetails.Contact(packet.contact().name(),
                packet.contact().email(), packet.contact().phone(), packet.contact().address(), packet.contact().postcode());
        ReferralPacketClient.SafeContact s = packet.safeContact();
        ContactDetails.SafeContact safe = s == null ? null : new ContactDetails.SafeContact(s.safeToCall(), s.safeTimes(),
                s.voicemailAllowed(), s.language(), s.interpreterNeeded(), s.accessibilityNeeds(), s.notes());
        return Optional.of(new ContactDetails(contact, safe));
    }
}
