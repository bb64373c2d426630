#!/usr/bin/env bash
# Smoke test of docker-compose.yml: build, start (Caddy, two API replicas, a worker, PostgreSQL), wait
# for /healthz through the proxy, then sign up, create, publish and answer a survey through the proxy
# and through each replica (tools/compose-smoke-flow.mjs, run inside a replica), check each survey's
# response through every one of them, and take everything down (volumes included).
#
#   tools/compose-smoke.sh              PROXY_PORT=3000 by default; KEEP=1 leaves it running
#
# Where Docker (with Compose v2 and a running daemon) is not available it says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

skip() {
  echo "$1; skipped."
  exit 0
}
command -v docker >/dev/null 2>&1 || skip "Docker is not installed here"
docker compose version >/dev/null 2>&1 || skip "Docker is installed here but not Docker Compose v2 (docker compose)"
docker info >/dev/null 2>&1 || skip "Docker is installed here but its daemon is not reachable (docker info failed)"

export PROXY_PORT="${PROXY_PORT:-3000}"
PROJECT="${SMOKE_PROJECT:-persona-lab-smoke}"
compose() { docker compose -p "$PROJECT" -f docker-compose.yml "$@"; }

down() {
  local status=$?
  if [[ "${KEEP:-0}" == 1 ]]; then
    echo "KEEP=1: left running; stop with: docker compose -p $PROJECT down -v"
  else
    if [[ $status -ne 0 ]]; then
      echo "--- last logs (the smoke test failed) ---"
      compose logs --no-color --tail 40 || true
    fi
    compose down -v --remove-orphans >/dev/null 2>&1 || true
  fi
  exit $status
}
trap down EXIT

echo "== config"
compose config --quiet

echo "== build"
compose build

echo "== up"
compose up -d

echo "== /healthz through the proxy's published port (http://127.0.0.1:$PROXY_PORT)"
if command -v curl >/dev/null 2>&1; then
  deadline=$((SECONDS + 180))
  until curl -fsS --max-time 3 "http://127.0.0.1:$PROXY_PORT/healthz" >/dev/null 2>&1; do
    if ((SECONDS > deadline)); then
      echo "The proxy did not answer /healthz on port $PROXY_PORT within 180 s."
      exit 1
    fi
    sleep 2
  done
  echo "ok  http://127.0.0.1:$PROXY_PORT/healthz"
else
  echo "curl is not installed here: /healthz is checked from inside the network only (next step)."
fi

echo "== a survey through the proxy and through each replica"
# Run inside api1 (the image has Node and nothing else is needed): the proxy by its service name,
# each replica directly on the compose network.
compose exec -T -e SMOKE_URLS="http://proxy http://api1:3000 http://api2:3000" api1 \
  node --input-type=module - <tools/compose-smoke-flow.mjs

echo "== the worker is running"
[[ "$(compose ps --status running --services | grep -c '^worker$')" == 1 ]] || {
  echo "The worker is not running."
  exit 1
}
echo "ok  worker"

echo "compose smoke test passed."
