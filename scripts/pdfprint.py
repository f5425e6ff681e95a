"""Prints an HTML file to PDF with headless Chromium, reproducibly and compactly.

Shared by scripts/typeset-devcorpus.py and scripts/layout-bench.py. Python 3 standard library;
needs the Debian package chromium, and qpdf for the compaction step (skipped with a warning when
qpdf is missing: the PDF is then larger but reads the same).

What is done to Chromium's PDF:
- /CreationDate and /ModDate are set to a fixed value of the same length (xref offsets unchanged),
  so the same HTML gives the same bytes again;
- `qpdf --recompress-flate --compression-level=9 --object-streams=generate --deterministic-id` packs
  the objects (the file ID is a digest of the content, not random).
  Chromium already subsets every font it embeds (Liberation, DejaVu, WenQuanYi as subset
  TrueType; the CFF-based Noto CJK fonts as Type 3 fonts holding only the glyphs used), but it
  writes each Type 3 glyph as its own object with light compression: packing them into object
  streams saves about a third of a Noto CJK page (494 kB -> 313 kB for a two-page Chinese text).
"""
import os
import re
import shutil
import subprocess
import sys

FIXED_DATE = b"D:20000101000000+00'00'"
_warned = []


def fix_dates(pdf):
    """Sets /CreationDate and /ModDate to a fixed value of the same length (xref offsets unchanged)."""
    with open(pdf, "rb") as f:
        data = f.read()

    def same_length(m):
        old = m.group(2)
        new = FIXED_DATE[:len(old)].ljust(len(old), b"0") if len(old) <= len(FIXED_DATE) else FIXED_DATE + b" " * (len(old) - len(FIXED_DATE))
        return m.group(1) + b"(" + new + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*)\(([^)]*)\)", same_length, data)
    with open(pdf, "wb") as f:
        f.write(data)


def compact(src, dst):
    """Packs src into dst with qpdf; copies it unchanged when qpdf is missing."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        if not _warned:
            print("pdfprint: qpdf not found: PDFs are written unpacked (apt-get install qpdf)", file=sys.stderr)
            _warned.append(True)
        shutil.copyfile(src, dst)
        return
    r = subprocess.run([qpdf, "--recompress-flate", "--compression-level=9", "--object-streams=generate", "--deterministic-id", src, dst],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    # exit code 3: warnings only, the output is written
    if r.returncode not in (0, 3) or not os.path.exists(dst):
        raise RuntimeError(f"{src}: qpdf failed ({r.returncode}): {r.stderr.decode('utf-8', 'replace')[-300:]}")


def print_pdf(chromium, html_path, pdf, work):
    """Prints html_path to pdf (replaced atomically); work is a scratch folder (Chromium's profile)."""
    raw = os.path.join(work, "raw.pdf")
    if os.path.exists(raw):
        os.remove(raw)
    profile = os.path.join(work, "profile")
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
           f"--user-data-dir={profile}", f"--print-to-pdf={raw}", "file://" + os.path.abspath(html_path)]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
    if r.returncode != 0 or not os.path.exists(raw) or os.path.getsize(raw) == 0:
        raise RuntimeError(f"{html_path}: chromium failed ({r.returncode}): {r.stderr.decode('utf-8', 'replace')[-400:]}")
    fix_dates(raw)
    tmp = pdf + ".tmp"
    compact(raw, tmp)
    os.replace(tmp, pdf)
