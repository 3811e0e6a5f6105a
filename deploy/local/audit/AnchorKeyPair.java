import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Makes a service's audit anchor key pair (Ed25519) and prints it as the service's environment:
 * the key id, the private key (PKCS#8) and its public key (X.509), all base64. Run once per service
 * and platform by deploy/local/up; the private key never leaves the platform's secrets folder.
 *
 * <p>Usage: java AnchorKeyPair.java SERVICE
 */
public class AnchorKeyPair {

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !args[0].matches("[a-z][a-z0-9-]{1,50}")) {
            System.err.println("usage: java AnchorKeyPair.java SERVICE");
            System.exit(2);
        }
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String id = args[0] + "-" + LocalDate.now();
        Base64.Encoder base64 = Base64.getEncoder();
        System.out.println("HATECRIME_AUDIT_ANCHORS_SIGNING_KEY_ID=" + id);
        System.out.println("HATECRIME_AUDIT_ANCHORS_SIGNING_KEY=" + base64.encodeToString(pair.getPrivate().getEncoded()));
        System.out.println("HATECRIME_AUDIT_ANCHORS_PUBLIC_KEYS=" + id + ":" + base64.encodeToString(pair.getPublic().getEncoded()));
    }
}
