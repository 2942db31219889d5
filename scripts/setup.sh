#!/usr/bin/env bash
# Set up a machine for AIBaaS: system toolchains (apt, as root), the TypeScript tools (npm),
# and the locked Python environment (.venv). Idempotent: a second run skips what is in place.
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION=0.13.9
PYTHON=${PYTHON:-python3.11}
log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

install_system_packages() {
  local missing
  missing=$(python3 aibaas/toolchains.py apt)
  if [ -z "$missing" ]; then
    log "system packages: all present"
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    log "not root: cannot install these system packages; ask an administrator to run:"
    log "  apt-get install -y --no-install-recommends $missing"
    log "continuing with what is available (aibaas doctor shows what works)"
    return
  fi
  log "installing system packages: $missing"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

install_node_tools() {
  local stamp=tools/node/node_modules/.aibaas-lock
  local want
  want=$(sha256sum tools/node/package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    log "node tools: up to date"
    return
  fi
  if ! command -v npm >/dev/null; then
    log "npm is missing: TypeScript tasks will not run (apt-get install -y nodejs npm)"
    return
  fi
  log "installing node tools (npm ci in tools/node)"
  npm ci --prefix tools/node --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
}

install_python_env() {
  local stamp=.venv/.aibaas-lock
  local want
  want=$(cat requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    log "python environment: up to date"
    return
  fi
  if [ ! -x .venv/bin/python ]; then
    log "creating .venv with $PYTHON"
    "$PYTHON" -m venv .venv
  fi
  if [ ! -x .venv/bin/uv ] || ! .venv/bin/uv --version | grep -q "$UV_VERSION"; then
    .venv/bin/python -m pip --version >/dev/null 2>&1 || .venv/bin/python -m ensurepip >/dev/null
    .venv/bin/python -m pip install -q --disable-pip-version-check "uv==$UV_VERSION"
  fi
  log "installing locked python dependencies (requirements.lock)"
  .venv/bin/uv pip sync --python .venv/bin/python --compile-bytecode -q requirements.lock
  .venv/bin/uv pip install --python .venv/bin/python --no-deps -q -e .
  echo "$want" >"$stamp"
}

install_system_packages
install_node_tools
install_python_env
log "ready"
