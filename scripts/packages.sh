# The Debian packages Summit Matrix needs, from the machine's registry.
# Sourced by scripts/setup and scripts/test:
#   packages_start   begins installing whatever is missing: as root in the
#                    background, so apt downloads and unpacks while cargo
#                    compiles; through sudo, which may ask for a password,
#                    at once
#   packages_wait    returns once they are in (at once if nothing was missing)
# Nothing before the first build needs them: scripts/test waits just before
# it, scripts/setup at its end.

packages_pid=
packages_log=

packages_start() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  # WebKit (Safari's engine): WebKitGTK's WebDriver server and its MiniBrowser
  # (libwebkit2gtk-4.1-0, a dependency), on a virtual X display.
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  # NanumGothic (Latin and Hangul): the Korean screenshots show Korean, and the
  # build draws the social cards in it (src/social.rs).
  [ -f /usr/share/fonts/truetype/nanum/NanumGothic.ttf ] || missing+=(fonts-nanum)
  # WordPress 6.1 (the real one) for the embed tests: tests/e2e/wordpress.mjs
  # serves it with PHP's built-in server on a private MariaDB server of its own.
  [ -f /usr/share/wordpress/wp-load.php ] || missing+=(wordpress)
  command -v php >/dev/null || missing+=(php-cli)
  php -r 'exit(extension_loaded("mysqli") ? 0 : 1);' 2>/dev/null || missing+=(php-mysql)
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  # Poppler's pdftoppm and pdftotext: the print test renders Chromium's PDF of
  # the page to images and reads its text (tests/e2e/print.test.mjs).
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  command -v node >/dev/null || missing+=(nodejs npm)
  [ ${#missing[@]} -gt 0 ] || return 0
  printf '==> Debian packages: %s\n' "${missing[*]}"
  if [ "$(id -u)" = 0 ] && command -v node >/dev/null; then
    packages_log=$(mktemp)
    packages_install "${missing[@]}" >"$packages_log" 2>&1 &
    packages_pid=$!
    # A check that fails before packages_wait ends the script: apt is still
    # let finish (stopping dpkg half-way would break the machine's packages),
    # so a run started again at once does not find apt's lock taken.
    trap 'packages_wait >/dev/null 2>&1 || true' EXIT
  else
    packages_install "${missing[@]}"
  fi
}

packages_install() {
  local root=()
  [ "$(id -u)" = 0 ] || root=(sudo)
  "${root[@]}" apt-get update -q && "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

packages_wait() {
  [ -n "$packages_pid" ] || return 0
  if ! wait "$packages_pid"; then
    cat "$packages_log" >&2
    echo "installing the Debian packages failed (above)" >&2
    return 1
  fi
  printf '==> Debian packages installed\n'
  rm -f "$packages_log"
  packages_pid=
}
