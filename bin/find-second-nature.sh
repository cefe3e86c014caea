# Sourced by the plugin's bin/second-nature-hook and bin/second-nature (not run): sets $exe to the first
# second-nature executable found: $SECOND_NATURE_EXE, then each $PATH entry (never this plugin's own bin/,
# which holds the bin/second-nature wrapper), then ~/.local/bin (pipx, `uv tool`), then the plugin's .venv.
# Builtins only: no process is started.
exe=""
_sn_bin="${0%/*}"
_sn_try() {
  case "$1" in "" | "$_sn_bin"/* | "${CLAUDE_PLUGIN_ROOT:-/nonexistent}/bin/"*) return 1 ;; esac
  [ -x "$1" ] && [ ! -d "$1" ] && exe="$1"
}
_sn_find() {
  _sn_try "${SECOND_NATURE_EXE:-}" && return 0
  _sn_ifs=$IFS
  IFS=:
  for _sn_dir in $PATH; do
    IFS=$_sn_ifs
    _sn_try "${_sn_dir:-.}/second-nature" && return 0
  done
  IFS=$_sn_ifs
  _sn_try "$HOME/.local/bin/second-nature" && return 0
  _sn_try "${CLAUDE_PLUGIN_ROOT:-/nonexistent}/.venv/bin/second-nature"
}
_sn_find
