#!/bin/sh
# Debian postinst: refresh the icon theme cache and the desktop database so the
# menu entry and its icon show up at once. Both tools are optional.
set -e
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q /usr/share/applications || true
fi
exit 0
