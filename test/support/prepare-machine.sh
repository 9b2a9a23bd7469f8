#!/usr/bin/env bash
# What `pnpm test` needs beyond node_modules: a Chromium for the e2e tests (the system's,
# never a downloaded one), CJK fonts for the wall's Chinese, and nginx for the two-replica
# proxy test. Installs Debian's packages when they are missing and this user may
# (root with apt-get, as on CI); otherwise names what to install and stops before the
# suite spends minutes finding out. Honours CHROMIUM_PATH and NGINX_PATH as the tests do.
set -euo pipefail

missing=()
chromium=${CHROMIUM_PATH:-$(command -v chromium || true)}
[ -n "$chromium" ] && [ -x "$chromium" ] || missing+=(chromium)
nginx=${NGINX_PATH:-/usr/sbin/nginx}
[ -x "$nginx" ] || missing+=(nginx-light)
if command -v dpkg >/dev/null 2>&1; then
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
elif ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  missing+=(fonts-noto-cjk)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test set-up: installing ${missing[*]} (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi

cat >&2 <<MSG
test set-up: missing ${missing[*]}.
  On Debian or Ubuntu, as root: apt-get install -y ${missing[*]}
  Elsewhere: point CHROMIUM_PATH at a Chromium or Chrome binary and NGINX_PATH at nginx,
  and install a CJK font (Noto Sans CJK).
MSG
exit 1
