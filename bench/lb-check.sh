#!/bin/bash
# Load-balancer check (docs/OPERATIONS.md, "More than one node"): two nodes of the built jar on a
# private PostgreSQL behind Debian's nginx with deploy/nginx/gyomu.conf (upstreams and certificate
# replaced for loopback). Logs in through nginx with the login form (its CSRF token), checks that
# every page request of that session reaches the same node, kills that node with SIGKILL, and
# checks that the browser lands on the other node's login page and can log in there again.
# Needs nginx (apt-get install nginx) and PostgreSQL's server binaries. Markdown on stdout and in
# target/bench/lb-check.md; exits 1 when a check fails.
# Usage: bench/lb-check.sh   (from the repository root, after ./mvnw -DskipTests package)
set -u
jar=$(ls target/gyomu-*.jar | grep -v original | head -1)
pgbin=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
work=$(mktemp -d /tmp/gyomu-lb-XXXXXX); chmod 755 "$work"
pw=lb-Check-Passw0rd
pids=()
result=()
failed=0
cleanup() {
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  su postgres -c "$pgbin/pg_ctl -D $work/pg -m fast stop" >/dev/null 2>&1
}
trap cleanup EXIT
check() { # what, condition result
  if [ "$2" = ok ]; then result+=("| $1 | yes |"); else result+=("| $1 | **no** ($2) |"); failed=1; fi
}
chown postgres "$work"
su postgres -c "$pgbin/initdb -D $work/pg -U gyomu --auth=trust -E UTF8 --locale=C" >/dev/null
su postgres -c "$pgbin/pg_ctl -D $work/pg -o '-p 18432 -k $work -c listen_addresses=127.0.0.1' -l $work/pg.log -w start" >/dev/null
psql -h 127.0.0.1 -p 18432 -U gyomu -d postgres -qc "create database gyomu"
start_node() { # name port
  OMP_THREAD_LIMIT=1 java -jar "$jar" --server.port="$2" --gyomu.data-dir="$work/data" \
    --gyomu.intake.node-name="$1" --gyomu.admin-password=$pw --gyomu.demo.enabled=false \
    --gyomu.bot.enabled=false --spring.datasource.url=jdbc:postgresql://127.0.0.1:18432/gyomu \
    --spring.datasource.username=gyomu --spring.datasource.password= > "$work/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 600); do grep -q "Gyomu is ready" "$work/$1.log" && return 0; sleep 1; done
  echo "$1 did not start; see $work/$1.log"; exit 1
}
start_node node-a 18181   # alone first: it creates the tables
start_node node-b 18182
mkdir -p "$work/nginx/logs"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/nginx/key.pem" -out "$work/nginx/cert.pem" \
  -days 1 -subj /CN=localhost >/dev/null 2>&1
sed -e "s#server 10.0.0.11:8080#server 127.0.0.1:18181#; s#server 10.0.0.12:8080#server 127.0.0.1:18182#" \
    -e "s#/etc/ssl/certs/gyomu.pem#$work/nginx/cert.pem#; s#/etc/ssl/private/gyomu.key#$work/nginx/key.pem#" \
    -e "s#listen 443 ssl;#listen 127.0.0.1:18443 ssl; add_header X-Upstream \$upstream_addr always;#" \
    -e "s#listen 80;#listen 127.0.0.1:18080;#" deploy/nginx/gyomu.conf > "$work/nginx/gyomu.conf"
cat > "$work/nginx/nginx.conf" <<CONF
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events {}
http { access_log $work/nginx/logs/access.log; include $work/nginx/gyomu.conf; }
CONF
nginx -t -p "$work/nginx" -c "$work/nginx/nginx.conf" 2>/dev/null && check "nginx -t accepts deploy/nginx/gyomu.conf" ok \
  || check "nginx -t accepts deploy/nginx/gyomu.conf" "see nginx -t"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
lb=https://127.0.0.1:18443
jar_c="$work/cookies"
login() { # prints the upstream that answered the login
  rm -f "$jar_c"
  token=$(curl -sk -c "$jar_c" -b "$jar_c" "$lb/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -sk -c "$jar_c" -b "$jar_c" -o /dev/null -D - "$lb/login" \
    --data-urlencode username=admin --data-urlencode password=$pw --data-urlencode _csrf="$token" \
    | grep -i '^x-upstream' | tr -d '\r' | awk '{print $NF}'
}
page() { # prints "status upstream" of /documents with the session
  # as a browser asks (text/html: a login page, not 401); the upstream that answered is the last
  # one nginx names (a dead node is tried first, then the next)
  curl -sk -H 'Accept: text/html' -b "$jar_c" -o /dev/null -D - "$lb/documents" \
    | tr -d '\r' | awk 'NR==1{s=$2} tolower($1)=="x-upstream:"{u=$NF} tolower($1)=="location:"{l=$2} END{print s, u, l}'
}
first=$(login)
[ -n "$first" ] && check "login form through nginx (CSRF token from the same node)" ok || check "login form through nginx" "no answer"
same=ok
for i in 1 2 3 4 5; do
  read -r status up _ <<< "$(page)"
  [ "$status" = 200 ] && [ "$up" = "$first" ] || same="request $i: $status from $up"
done
check "5 page requests of the session answered 200 by the node that logged in ($first)" "$same"
if [ "$first" = 127.0.0.1:18181 ]; then kill -9 "${pids[0]}"; other=127.0.0.1:18182; else kill -9 "${pids[1]}"; other=127.0.0.1:18181; fi
read -r status up location <<< "$(page)"
[ "$up" = "$other" ] && [ "$status" = 302 ] && [[ "$location" == */login* ]] \
  && check "after SIGKILL of that node: the next page goes to $other, which asks for a login" ok \
  || check "after SIGKILL of that node: the next page goes to the other node's login" "$status from $up to $location"
again=$(login)
read -r status up _ <<< "$(page)"
[ "$again" = "$other" ] && [ "$status" = 200 ] && check "logging in again on $other works" ok \
  || check "logging in again on the other node works" "$status from $up"
mkdir -p target/bench
{
  echo "## Load-balancer check: 2 nodes behind nginx ($(nginx -v 2>&1 | cut -d/ -f2)), sticky by ip_hash"
  echo
  echo "| check | passed |"
  echo "|---|---|"
  printf '%s\n' "${result[@]}"
} | tee target/bench/lb-check.md
exit $failed
