#!/usr/bin/env bash
# Installs what RuralStat needs on a Debian machine, and only what is missing:
# - to build and run: OpenBLAS, LAPACK, LAPACKE and pkg-config (Package.swift's providers);
# - to test against independent implementations: R with sandwich and laeken, and Python's
#   numpy/pandas/statsmodels (the peers in ../shared/peers) and openpyxl/xlsxwriter
#   (independent Excel readers and writers),
#   nbclient/ipykernel/matplotlib (to run the notebooks), and headless Chromium with CJK fonts
#   (to render the HTML report and check it, scripts/check-html.py), and headless LibreOffice
#   Calc (to open the workbooks).
# Swift itself (6.x) is expected on PATH.
set -euo pipefail

apt_packages=(libopenblas-dev liblapack-dev liblapacke-dev pkg-config)
if [[ "${1:-}" == "--test" ]]; then
    apt_packages+=(r-base-core r-cran-sandwich r-cran-laeken)
    # The HTML report's browser check (scripts/check-html.py): headless Chromium, and CJK
    # fonts so that Chinese labels are laid out at their real width.
    apt_packages+=(chromium fonts-noto-cjk)
    # An independent spreadsheet program that must open the workbooks (headless LibreOffice Calc).
    apt_packages+=(libreoffice-calc-nogui)
    python3 -m pip --version >/dev/null 2>&1 || apt_packages+=(python3-pip)
fi

missing=()
for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    echo "installing: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if [[ "${1:-}" == "--test" ]]; then
    if ! python3 -c "import numpy, pandas, statsmodels, openpyxl, xlsxwriter, nbclient, ipykernel, matplotlib" 2>/dev/null; then
        echo "installing: numpy pandas statsmodels openpyxl xlsxwriter nbclient ipykernel matplotlib (pip)" >&2
        python3 -m pip install -q --disable-pip-version-check numpy pandas statsmodels openpyxl xlsxwriter nbclient ipykernel matplotlib >&2 \
            || python3 -m pip install -q --break-system-packages numpy pandas statsmodels openpyxl xlsxwriter nbclient ipykernel matplotlib >&2
    fi
fi
