#!/usr/bin/env bash
# The tests drive real ActiveMQ 5.17 (Debian package `activemq`, run on the machine's Java 17), real Chromium
# (Debian package `chromium`), real MCollective 2.12 (Debian packages `mcollective` for mcollectived and
# `mcollective-client` for mco), and tools the tests call (pgrep, zipinfo). Install them when missing and we may
# (root); otherwise say exactly what is needed.
set -u
need=()
[ -f /usr/share/activemq/bin/activemq.jar ] || need+=(activemq)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
# pgrep: the broker tests' check that no JVM outlives its test; zipinfo: the zip tests read entry modes with it.
command -v pgrep >/dev/null 2>&1 || need+=(procps)
command -v zipinfo >/dev/null 2>&1 || need+=(unzip)
[ -x /usr/sbin/mcollectived ] || need+=(mcollective)
[ -x /usr/bin/mco ] || need+=(mcollective-client)
# xmllint validates every exported Amazon MQ configuration against the schema AWS publishes for its engine version.
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages the tests need: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null && exit 0
  echo "apt-get install ${need[*]} failed" >&2
  exit 1
fi
echo "The tests need these Debian packages: ${need[*]}" >&2
echo "Install them with: sudo apt-get install -y ${need[*]}   (then run npm test again)" >&2
exit 1
