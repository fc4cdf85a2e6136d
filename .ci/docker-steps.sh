#!/usr/bin/env bash
# The Dockerfile's build and start steps, run without a Docker engine: a clean build directory,
# a runtime directory with production dependencies only, the server started as a non-root user,
# /healthz checked, then SIGTERM must end it with exit code 0.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== build stage (npm ci, npm run build) in $work/build"
mkdir -p "$work/build"
cp -r package.json package-lock.json tsconfig.json tsconfig.build.json src adapters content "$work/build/"
(cd "$work/build" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && npm run build --silent)

echo "== runtime stage (npm ci --omit=dev) in $work/app"
mkdir -p "$work/app/data" "$work/app/dist/adapters/web"
cp package.json package-lock.json "$work/app/"
# The Dockerfile compiles better-sqlite3 here; CI copies the copy `npm ci` just compiled for this same
# Node and package version instead of compiling it twice more (minutes on a 2-core machine).
(cd "$work/app" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
cp -r node_modules/better-sqlite3/build "$work/app/node_modules/better-sqlite3/"
cp -r "$work/build/dist/." "$work/app/dist/"
cp -r content "$work/app/content"
cp -r adapters/web/public "$work/app/dist/adapters/web/public"

user=stsbot
id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
chown -R "$user" "$work/app/data"
chmod -R a+rX "$work"

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
echo "== start as $user on port $port"
cd "$work/app"
# setpriv execs node itself as the user, so SIGTERM reaches the server directly.
env -i PATH="$PATH" NODE_ENV=production PORT="$port" HOST=127.0.0.1 DATA_DIR="$work/app/data" \
  setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups \
  node dist/adapters/server/main.js >"$work/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 100); do
  if node -e "fetch('http://127.0.0.1:$port/healthz').then(r=>r.json()).then(b=>process.exit(b.status==='ok'?0:1),()=>process.exit(1))"; then
    ok=1
    break
  fi
  sleep 0.2
done
if [ "${ok:-0}" != 1 ]; then
  echo "healthz never answered"; cat "$work/server.log"; exit 1
fi
node -e "fetch('http://127.0.0.1:$port/readyz').then(r=>r.json()).then(b=>{console.log('readyz',JSON.stringify(b));process.exit(b.status==='ready'?0:1)})"
[ "$(stat -c %U "$work/app/data/sts-bot.sqlite")" = "$user" ] || { echo "database not written by $user"; exit 1; }

kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
if [ "$status" != 0 ]; then
  echo "server exited with $status after SIGTERM"; cat "$work/server.log"; exit 1
fi
grep -q '"msg":"sts-bot stopped"' "$work/server.log" || { echo "no clean stop in the log"; cat "$work/server.log"; exit 1; }
cd "$repo"
echo "docker steps: healthz ok as $user, SIGTERM exit 0"
