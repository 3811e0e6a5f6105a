# Shared functions of deploy/local/{up,down,status}. Sourced, not executed.
# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this

HC_LOCAL="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HC_REPO="$(cd "$HC_LOCAL/../.." && pwd)"
# shellcheck source=platform.env
source "$HC_LOCAL/platform.env"

# Absolute path, so pid files and logs stay valid whatever the caller's working directory.
mkdir -p "$HC_HOME"
HC_HOME="$(cd "$HC_HOME" && pwd)"
export HC_HOME

HC_DIST="$HC_HOME/dist"
HC_DATA="$HC_HOME/data"
HC_LOGS="$HC_HOME/logs"
HC_RUN="$HC_HOME/run"
HC_SECRETS="$HC_HOME/secrets"
mkdir -p "$HC_DIST" "$HC_DATA" "$HC_LOGS" "$HC_RUN" "$HC_SECRETS"
chmod 700 "$HC_SECRETS"

HC_PG_HOME="$HC_DIST/postgresql-$HC_POSTGRES_VERSION"
HC_KAFKA_HOME="$HC_DIST/kafka-$HC_KAFKA_VERSION"
HC_KEYCLOAK_HOME="$HC_DIST/keycloak-$HC_KEYCLOAK_VERSION"
HC_SWAGGER_UI_HOME="$HC_DIST/swagger-ui-$HC_SWAGGER_UI_VERSION"
HC_GATEWAY_HOME="$HC_HOME/gateway"

# Start order; `down` walks it backwards.
HC_INFRA="postgres kafka keycloak"
HC_ALL_SERVICES="reporting-service victim-care-service case-service analytics-service"
HC_COMPONENTS="$HC_INFRA $HC_ALL_SERVICES gateway"

# Each service owns one database and a login role of the same name.
service_db() {
  case "$1" in
    reporting-service) echo reporting ;;
    victim-care-service) echo victim_care ;;
    case-service) echo cases ;;
    analytics-service) echo analytics ;;
    *) echo "unknown service: $1" >&2; return 1 ;;
  esac
}
HC_DATABASES="reporting victim_care cases analytics"

# Kafka users (SCRAM-SHA-512, ADR 0026): one per service, named like it, with the rights
# kafka/access.conf grants; `broker`, the broker's own identity on its listeners; `admin`, the
# super user of deploy scripts (topics, ACLs, replay), never given to a service.
HC_KAFKA_USERS="broker admin $HC_ALL_SERVICES"
HC_KAFKA_ACCESS="$HC_LOCAL/kafka/access.conf"

port_of() {
  case "$1" in
    postgres) echo "$HC_PORT_POSTGRES" ;;
    kafka) echo "$HC_PORT_KAFKA" ;;
    keycloak) echo "$HC_PORT_KEYCLOAK" ;;
    reporting-service) echo "$HC_PORT_REPORTING" ;;
    victim-care-service) echo "$HC_PORT_VICTIM_CARE" ;;
    case-service) echo "$HC_PORT_CASE" ;;
    analytics-service) echo "$HC_PORT_ANALYTICS" ;;
    gateway) echo "$HC_PORT_GATEWAY" ;;
    *) echo "unknown component: $1" >&2; return 1 ;;
  esac
}

# Every port a component listens on (Keycloak and Kafka have a second one).
ports_of() {
  port_of "$1"
  case "$1" in
    keycloak) echo "$HC_PORT_KEYCLOAK_MGMT" ;;
    kafka) echo "$HC_PORT_KAFKA_CONTROLLER" ;;
  esac
}

say() { printf '%s\n' "$*"; }
step() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# Reports a component that did not come up, with the end of its log, and stops `up`.
fail_component() {
  local component=$1 reason=$2 log="$HC_LOGS/$1.log"
  {
    printf 'ERROR: %s %s\n' "$component" "$reason"
    printf '       log: %s\n' "$log"
    if [ -f "$log" ]; then
      printf -- '------- last lines of %s -------\n' "$log"
      tail -n 25 "$log"
      printf -- '-------\n'
    fi
    printf 'Components already started keep running; stop them with deploy/local/down\n'
  } >&2
  exit 1
}

pid_file() { echo "$HC_RUN/$1.pid"; }

pid_of() {
  local f
  f="$(pid_file "$1")"
  [ -s "$f" ] && head -n 1 "$f"
}

# A component counts as running while the process in its pid file lives.
is_running() {
  local pid
  pid="$(pid_of "$1")" || return 1
  kill -0 "$pid" 2>/dev/null
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

http_ok() {
  [ "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" 2>/dev/null)" = 200 ]
}

# Starts a long-running command in its own session (setsid) so that `down` can signal the
# whole process group, detached from the terminal and from the `up` lock (fd 9).
# The session leader writes its own pid before exec'ing the real command.
spawn() {
  local component=$1; shift
  local log="$HC_LOGS/$component.log"
  printf '\n===== %s starting %s =====\n' "$(date -Is)" "$component" >>"$log"
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$(pid_file "$component")" "$@" \
    </dev/null >>"$log" 2>&1 9>&- &
  # Wait until the pid file is written so callers can rely on it.
  local i
  for i in $(seq 50); do [ -s "$(pid_file "$component")" ] && return 0; sleep 0.1; done
  fail_component "$component" "did not start"
}

# Polls a readiness check until it passes, failing early when the process dies.
wait_ready() {
  local component=$1 timeout=$2; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    is_running "$component" || fail_component "$component" "exited during start-up"
    [ "$SECONDS" -lt "$deadline" ] || fail_component "$component" "was not ready within ${timeout}s"
    sleep 0.5
  done
}

# Refuses to start on a port that something else already holds: a clearer failure than
# a bind error deep in a log, and it keeps two platforms from talking to each other.
ensure_port_free() {
  local component=$1 port=$2
  if port_open "$port"; then
    fail_component "$component" "cannot start: port $port is already in use by another process (change HC_PORT_OFFSET?)"
  fi
}

# SIGTERM the process group, wait, then SIGKILL what is left.
stop_group() {
  local component=$1 pid target
  pid="$(pid_of "$component")" || return 0
  if kill -0 "$pid" 2>/dev/null; then
    # Signal the group when the pid leads one (everything we spawn does).
    target="$pid"
    [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ] && target="-$pid"
    kill -TERM -- "$target" 2>/dev/null || true
    local deadline=$((SECONDS + ${HC_STOP_TIMEOUT:-30}))
    while kill -0 -- "$target" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
    if kill -0 -- "$target" 2>/dev/null; then
      say "    $component did not stop within ${HC_STOP_TIMEOUT:-30}s, killing it"
      kill -KILL -- "$target" 2>/dev/null || true
      sleep 0.2
    fi
  fi
  rm -f "$(pid_file "$component")"
}

# Serialises up/down runs on one HC_HOME.
take_lock() {
  exec 9>"$HC_RUN/lock"
  flock -w 900 9 || die "another up/down on $HC_HOME is still running"
}

# Secrets are generated once per HC_HOME and never printed except the local Keycloak admin.
random_secret() { od -An -tx1 -N16 /dev/urandom | tr -d ' \n'; }

ensure_secrets() {
  local f="$HC_SECRETS/db.env" db var
  if [ ! -s "$f" ]; then
    (
      umask 077
      {
        echo "# PostgreSQL passwords of the local platform, generated once."
        echo "HC_DB_SUPERUSER_PASSWORD=$(random_secret)"
        for db in $HC_DATABASES; do
          var="HC_DB_PASSWORD_$(echo "$db" | tr '[:lower:]' '[:upper:]')"
          echo "$var=$(random_secret)"
        done
      } >"$f"
    )
  fi
  # Each service's runtime role (<db>_app), added to a db.env written before it existed.
  for db in $HC_DATABASES; do
    var="HC_DB_PASSWORD_$(echo "${db}_app" | tr '[:lower:]' '[:upper:]')"
    grep -q "^$var=" "$f" || (umask 077; echo "$var=$(random_secret)" >>"$f")
  done
  f="$HC_SECRETS/keycloak.env"
  if [ ! -s "$f" ]; then
    (umask 077; printf 'KC_BOOTSTRAP_ADMIN_USERNAME=admin\nKC_BOOTSTRAP_ADMIN_PASSWORD=%s\n' "$(random_secret)" >"$f")
  fi
  # Keys that seal personal data in reporting and victim care: one pair per platform, never committed.
  f="$HC_SECRETS/protection.env"
  if [ ! -s "$f" ]; then
    (
      umask 077
      printf 'HATECRIME_PROTECTION_MASTER_KEY=%s\nHATECRIME_PROTECTION_VICTIM_KEY_SECRET=%s\n' \
        "$(head -c 32 /dev/urandom | base64)" "$(head -c 32 /dev/urandom | base64)" >"$f"
    )
  fi
  # Secrets of the public endpoints (ADR 0017): the pepper of follow-up codes and the key that signs
  # proof-of-work challenges. Shared by intake and victim care; never committed.
  f="$HC_SECRETS/public-access.env"
  if [ ! -s "$f" ]; then
    (
      umask 077
      printf 'HATECRIME_PUBLIC_ACCESS_CODES_PEPPER=%s\nHATECRIME_PUBLIC_ACCESS_PROOF_OF_WORK_KEY=%s\n' \
        "$(head -c 32 /dev/urandom | base64)" "$(head -c 32 /dev/urandom | base64)" >"$f"
    )
  fi
  # The audit key of every service's audit chains (HMAC of each row), generated once per platform (ADR 0018).
  f="$HC_SECRETS/audit.env"
  if [ ! -s "$f" ]; then
    (umask 077; printf 'HATECRIME_AUDIT_KEY_ID=local-%s\nHATECRIME_AUDIT_KEY=%s\n' "$(date +%Y%m%d)" \
      "$(head -c 32 /dev/urandom | base64)" >"$f")
  fi
  # Each service's own audit anchor key pair (Ed25519, ADR 0018): the service signs its anchors with
  # the private key; the public keys, not secret, are gathered in anchor-public-keys for whoever checks
  # the anchors (deploy/local/check-anchors).
  local service
  for service in $HC_ALL_SERVICES; do
    f="$HC_SECRETS/anchor-$service.env"
    if [ ! -s "$f" ]; then
      (umask 077; java "$HC_LOCAL/audit/AnchorKeyPair.java" "$service" >"$f.new" && mv "$f.new" "$f") \
        || die "could not make the audit anchor key pair of $service"
    fi
  done
  for service in $HC_ALL_SERVICES; do
    sed -n "s/^HATECRIME_AUDIT_ANCHORS_PUBLIC_KEYS=\([^:]*\):\(.*\)$/$service \1 \2/p" "$HC_SECRETS/anchor-$service.env"
  done >"$HC_HOME/anchor-public-keys"
  # Kafka passwords (ADR 0026): one per user of HC_KAFKA_USERS, added when a user is new.
  f="$HC_SECRETS/kafka.env"
  if [ ! -s "$f" ]; then
    (umask 077; echo "# Kafka SCRAM-SHA-512 passwords of the local platform, generated once." >"$f")
  fi
  local user
  for user in $HC_KAFKA_USERS; do
    var="$(kafka_password_variable "$user")"
    grep -q "^$var=" "$f" || (umask 077; echo "$var=$(random_secret)" >>"$f")
  done
  grep -q "^HC_KAFKA_KEYSTORE_PASSWORD=" "$f" || (umask 077; echo "HC_KAFKA_KEYSTORE_PASSWORD=$(random_secret)" >>"$f")
  # shellcheck disable=SC1091
  source "$HC_SECRETS/kafka.env"
  ensure_kafka_tls
  # The admin's client settings, for Kafka's console tools: --command-config "$HC_KAFKA_ADMIN_CONFIG".
  HC_KAFKA_ADMIN_CONFIG="$HC_SECRETS/kafka-admin.properties"
  (umask 077; kafka_client_properties admin >"$HC_KAFKA_ADMIN_CONFIG")
  # shellcheck disable=SC1091
  source "$HC_SECRETS/audit.env"
  # shellcheck disable=SC1091
  source "$HC_SECRETS/db.env"
  # shellcheck disable=SC1091
  source "$HC_SECRETS/keycloak.env"
  # shellcheck disable=SC1091
  source "$HC_SECRETS/protection.env"
  # shellcheck disable=SC1091
  source "$HC_SECRETS/public-access.env"
}

# The broker's TLS certificate, signed by a certificate authority of this platform's own, made once
# with the JDK's keytool: the broker's key pair in a PKCS#12 keystore, and the authority's
# certificate in PEM, which every client trusts (and nothing else). Valid for 127.0.0.1 only.
ensure_kafka_tls() {
  local dir="$HC_SECRETS/kafka-tls"
  HC_KAFKA_CA="$dir/ca.pem"
  HC_KAFKA_KEYSTORE="$dir/broker.p12"
  [ -s "$HC_KAFKA_KEYSTORE" ] && [ -s "$HC_KAFKA_CA" ] && return 0
  rm -rf "$dir" && (umask 077; mkdir -p "$dir")
  (
    cd "$dir"
    umask 077
    # the password reaches keytool through its environment, never its command line
    export HC_KAFKA_KEYSTORE_PASSWORD
    keytool -genkeypair -alias ca -keyalg RSA -keysize 2048 -validity 3650 -dname "CN=Hate crime platform local Kafka CA" \
      -ext bc:c -keystore ca.p12 -storetype PKCS12 -storepass:env HC_KAFKA_KEYSTORE_PASSWORD
    keytool -exportcert -alias ca -keystore ca.p12 -storepass:env HC_KAFKA_KEYSTORE_PASSWORD -rfc -file ca.pem
    keytool -genkeypair -alias broker -keyalg RSA -keysize 2048 -validity 3650 -dname "CN=127.0.0.1" \
      -keystore broker.p12 -storetype PKCS12 -storepass:env HC_KAFKA_KEYSTORE_PASSWORD
    keytool -certreq -alias broker -keystore broker.p12 -storepass:env HC_KAFKA_KEYSTORE_PASSWORD -file broker.csr
    keytool -gencert -alias ca -keystore ca.p12 -storepass:env HC_KAFKA_KEYSTORE_PASSWORD -infile broker.csr -outfile broker.pem -rfc -validity 3650 \
      -ext SAN=ip:127.0.0.1 -ext KU=digitalSignature,keyEncipherment -ext EKU=serverAuth
    keytool -importcert -noprompt -alias ca -file ca.pem -keystore broker.p12 -storepass:env HC_KAFKA_KEYSTORE_PASSWORD
    keytool -importcert -alias broker -file broker.pem -keystore broker.p12 -storepass:env HC_KAFKA_KEYSTORE_PASSWORD
    rm -f broker.csr broker.pem
  ) >>"$HC_LOGS/kafka.log" 2>&1 || die "could not make Kafka's TLS certificate (keytool; see $HC_LOGS/kafka.log)"
}

# The TLS settings of a Kafka client of this platform, as KAFKA_* variables for a service's environment.
kafka_tls_env() {
  echo "KAFKA_SECURITY_PROTOCOL=SASL_SSL KAFKA_SSL_TRUSTSTORE_TYPE=PEM KAFKA_SSL_TRUSTSTORE_LOCATION=$HC_KAFKA_CA"
}

db_password() {
  local var
  var="HC_DB_PASSWORD_$(echo "$1" | tr '[:lower:]' '[:upper:]')"
  echo "${!var}"
}

# PostgreSQL refuses to run as root; as root its programs run in a user namespace instead.
pg_cmd() {
  if [ "$(id -u)" = 0 ]; then unshare -U "$HC_PG_HOME/bin/$1" "${@:2}"; else "$HC_PG_HOME/bin/$1" "${@:2}"; fi
}

psql_super() {
  PGPASSWORD="$HC_DB_SUPERUSER_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$HC_PORT_POSTGRES" -U postgres -d postgres "$@"
}

kafka_tool() {
  java -Xmx256m -cp "$HC_KAFKA_HOME/lib/*" "$@"
}

# HC_KAFKA_PASSWORD_<USER> of $HC_SECRETS/kafka.env: HC_KAFKA_PASSWORD_CASE_SERVICE for case-service.
kafka_password_variable() { echo "HC_KAFKA_PASSWORD_$(echo "$1" | tr '[:lower:]-' '[:upper:]_')"; }

kafka_password() {
  local var
  var="$(kafka_password_variable "$1")"
  echo "${!var}"
}

# The SASL login of one Kafka user: the value of a client's sasl.jaas.config.
kafka_jaas() {
  printf 'org.apache.kafka.common.security.scram.ScramLoginModule required username="%s" password="%s";' "$1" "$(kafka_password "$1")"
}

# Client settings of one Kafka user, as a properties file for Kafka's tools (--command-config).
kafka_client_properties() {
  printf '# Kafka client settings of %s on the local platform (SASL/SCRAM over TLS; written by deploy/local).\n' "$1"
  printf 'security.protocol=SASL_SSL\nssl.truststore.type=PEM\nssl.truststore.location=%s\n' "$HC_KAFKA_CA"
  printf 'sasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=%s\n' "$(kafka_jaas "$1")"
}

# Creates topics, users and ACLs (kafka/KafkaAccess.java), with the passwords in its environment only.
kafka_access() {
  (
    # shellcheck disable=SC2163
    for var in ${!HC_KAFKA_PASSWORD_@}; do export "$var"; done
    java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$HC_KAFKA_HOME/lib/*" "$HC_LOCAL/kafka/KafkaAccess.java" "$@"
  )
}
