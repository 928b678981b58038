#!/usr/bin/env bash
# Run the README's two commands, `make test` then `make demo`, on QGIS 3.40 LTR: in a clean
# clone of this checkout's committed HEAD inside a Debian 13 "trixie" chroot.
#
# The chroot is built once (debootstrap + QGIS, about 10 minutes) and cached outside
# any clone, at $RASTERDL_CHROOT (default /var/cache/rasterdl/trixie-root), so CI on
# this machine reuses it. A marker file written last says the build completed; a
# half-built root is never used. Needs root (debootstrap, mount, chroot).
#
#   scripts/test-in-chroot.sh              # make test, then make demo (both run; fails if either fails)
#   scripts/test-in-chroot.sh --test-only  # make test only
#   scripts/test-in-chroot.sh --prepare    # only build (or check) the cached chroot
set -euo pipefail

ROOT=${RASTERDL_CHROOT:-/var/cache/rasterdl/trixie-root}
MIRROR=${RASTERDL_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=trixie
MARKER=.rasterdl-chroot-complete
# What a fresh Debian 13 machine needs before the README's commands: they install the
# rest themselves (scripts/install-system-packages.sh). The QGIS packages are the
# Makefile's APT_PACKAGES, pre-installed so each run does not download them again.
BASE_PACKAGES="ca-certificates git make"
REPO=$(cd "$(dirname "$0")/.." && pwd)

run_demo=1 prepare_only=0
for arg in "$@"; do
  case $arg in
    --test-only) run_demo=0 ;;
    --prepare) prepare_only=1 ;;
    *) echo "usage: $0 [--test-only | --prepare]" >&2; exit 2 ;;
  esac
done

say() { echo "test-in-chroot: $*"; }
die() { echo "test-in-chroot: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "needs root (debootstrap, mount and chroot); run it with sudo"

apt_packages=$(make --no-print-directory -s -C "$REPO" print-apt-packages)
[[ -n $apt_packages ]] || die "could not read APT_PACKAGES from the Makefile"
wanted="$BASE_PACKAGES $apt_packages"

mkdir -p "$(dirname "$ROOT")"
# One run at a time per chroot: runs share it (and its pip cache).
exec 9>"$ROOT.lock"
if ! flock -n 9; then
  say "waiting for another run using $ROOT"
  flock 9
fi

mounted=()
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -l "${mounted[i]}" 2>/dev/null || true
  done
  mounted=()
}
trap unmount_all EXIT
trap 'exit 130' INT TERM

mount_into() {  # mount_into ROOTDIR: the kernel file systems apt, pip and QGIS need
  local dir=$1
  mount -t proc proc "$dir/proc" || die "cannot mount proc in $dir"
  mounted+=("$dir/proc")
  mount --rbind /sys "$dir/sys" || die "cannot mount sys in $dir"
  mounted+=("$dir/sys")
  mount --make-rslave "$dir/sys"
  mount --bind /dev "$dir/dev" || die "cannot mount dev in $dir"
  mounted+=("$dir/dev")
  mount --bind /dev/pts "$dir/dev/pts" || die "cannot mount dev/pts in $dir"
  mounted+=("$dir/dev/pts")
}

copy_host_network_config() {  # name resolution and this machine's CA certificates (pip needs them)
  local dir=$1
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf"
  if [[ -d /usr/local/share/ca-certificates ]]; then
    mkdir -p "$dir/usr/local/share/ca-certificates"
    cp -rL /usr/local/share/ca-certificates/. "$dir/usr/local/share/ca-certificates/"
  fi
  if [[ -f /etc/ssl/certs/ca-certificates.crt ]]; then
    mkdir -p "$dir/etc/ssl/certs"
    cp -L /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/ca-certificates.crt"
  fi
}

in_chroot() {  # in_chroot ROOTDIR COMMAND: a clean environment, as on a fresh machine
  local dir=$1; shift
  chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin bash -c "$1" </dev/null
}

install_packages() {  # install_packages ROOTDIR: only the missing ones
  local dir=$1
  in_chroot "$dir" "missing=\$(for p in $wanted; do dpkg-query -W -f='\${Status}' \$p 2>/dev/null \
      | grep -q 'install ok installed' || echo \$p; done)
    [ -z \"\$missing\" ] && exit 0
    echo \"test-in-chroot: installing in the chroot: \"\$missing
    apt-get update -qq && apt-get install -y -qq --no-install-recommends \$missing >/dev/null"
}

build_root() {
  local partial="$ROOT.partial"
  say "building the Debian 13 chroot in $ROOT (once; about 10 minutes)"
  [[ -e $partial ]] && { umount -R "$partial"/{proc,sys,dev} 2>/dev/null || true; rm -rf --one-file-system "$partial"; }
  command -v debootstrap >/dev/null || "$REPO/scripts/install-system-packages.sh" debootstrap \
    || die "cannot install debootstrap on this machine"
  if ! debootstrap --variant=minbase "$SUITE" "$partial" "$MIRROR" >"$ROOT.debootstrap.log" 2>&1; then
    die "cannot build the Debian 13 chroot: debootstrap $SUITE from $MIRROR failed (mirror down or unreachable?); log: $ROOT.debootstrap.log"
  fi
  mount_into "$partial"
  copy_host_network_config "$partial"
  install_packages "$partial" \
    || die "cannot build the Debian 13 chroot: installing QGIS 3.40 from $MIRROR failed (mirror down or unreachable?)"
  in_chroot "$partial" "apt-get clean"
  unmount_all
  date -u +%FT%TZ >"$partial/$MARKER"
  [[ -e $ROOT ]] && rm -rf --one-file-system "$ROOT"
  mv "$partial" "$ROOT"
}

started=$SECONDS
if [[ -f $ROOT/$MARKER ]]; then
  say "reusing the Debian 13 chroot $ROOT (built $(cat "$ROOT/$MARKER"))"
else
  build_root
fi
mount_into "$ROOT"
copy_host_network_config "$ROOT"
# A package the Makefile gained since the chroot was built: add it, as a fresh machine would.
install_packages "$ROOT" \
  || die "cannot update the Debian 13 chroot: apt-get from $MIRROR failed (mirror down or unreachable?)"
say "chroot ready in $((SECONDS - started)) s: $(in_chroot "$ROOT" "qgis_process.bin --version 2>/dev/null | grep -m1 '^QGIS '" || echo 'QGIS version unknown')"
[[ $prepare_only -eq 1 ]] && exit 0

# A clean clone of the committed HEAD (uncommitted changes are not tested, as in CI).
work=/root/rasterdl-test
rm -rf --one-file-system "$ROOT$work"
git clone --quiet --no-hardlinks "$REPO" "$ROOT$work"
git -C "$ROOT$work" checkout --quiet --detach "$(git -C "$REPO" rev-parse HEAD)"
say "testing $(git -C "$REPO" rev-parse --short HEAD) on Debian 13 / QGIS 3.40"

status=0
# make test also builds the COCO/YOLO readers' venv (torch, Ultralytics: about 6 GB, 2 minutes from
# PyPI here) in the chroot's ~/.cache/rasterdl, kept with the chroot, so later runs reuse it.
in_chroot "$ROOT" "cd $work && make test" || status=$?
say "make test on QGIS 3.40 exited $status after $((SECONDS - started)) s"
if [[ $run_demo -eq 1 ]]; then
  demo=0
  in_chroot "$ROOT" "cd $work && make demo" || demo=$?
  say "make demo on QGIS 3.40 exited $demo after $((SECONDS - started)) s"
  [[ $status -eq 0 ]] && status=$demo
fi
rm -rf --one-file-system "$ROOT$work"
exit $status
