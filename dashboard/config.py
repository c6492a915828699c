"""Dashboard constants: database location, cache lifetime, colours, chart sizes.

One colour map for the whole app. The palette is Okabe-Ito (colour-blind safe); status
colours are always paired with a symbol and a text label, never used alone.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB_ENV_VAR = "KINERJA_DB"
DEFAULT_DB = ROOT / "data" / "warehouse.duckdb"
JOURNAL_SUFFIX = ".imports.jsonl"

# Query results are cached per warehouse version (file mtime + size), so a new import
# invalidates them at once; the TTL only bounds memory held for old versions.
CACHE_TTL_SECONDS = 600

# Rows shown in a table on screen; downloads always carry every row.
MAX_TABLE_ROWS = 5_000
# Rows visible before a table scrolls.
TABLE_VISIBLE_ROWS = 15

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

# Okabe-Ito palette.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#8C8C8C",
}

# Traffic light: colour + symbol + label (label text lives in i18n: status.<key>).
STATUS_ORDER = ("tercapai", "mendekati", "tidak_tercapai", "tanpa_target")
STATUS_COLOURS = {
    "tercapai": OKABE_ITO["blue"],
    "mendekati": OKABE_ITO["orange"],
    "tidak_tercapai": OKABE_ITO["vermillion"],
    "tanpa_target": OKABE_ITO["grey"],
}
# Text drawn on a status-coloured bar (contrast >= 4.5:1 on each colour).
STATUS_TEXT_COLOURS = {
    "tercapai": "#FFFFFF",
    "mendekati": "#000000",
    "tidak_tercapai": "#000000",
    "tanpa_target": "#000000",
}
# Light tints of the same hues for table cell backgrounds (text stays dark).
STATUS_TINTS = {
    "tercapai": "#CCE3F0",
    "mendekati": "#FAE7BF",
    "tidak_tercapai": "#F5D0B8",
    "tanpa_target": "#E6E6E6",
}
STATUS_SYMBOLS = {
    "tercapai": "●",
    "mendekati": "▲",
    "tidak_tercapai": "✖",
    "tanpa_target": "○",
}

SECTORS = (
    "kesehatan",
    "pariwisata",
    "pemberdayaan",
    "layanan_dasar",
    "ekonomi",
    "tata_kelola",
)
SECTOR_COLOURS = {
    "kesehatan": OKABE_ITO["bluish_green"],
    "pariwisata": OKABE_ITO["blue"],
    "pemberdayaan": OKABE_ITO["orange"],
    "layanan_dasar": OKABE_ITO["sky_blue"],
    "ekonomi": OKABE_ITO["vermillion"],
    "tata_kelola": OKABE_ITO["reddish_purple"],
}
# Fallback colours for series without a fixed colour (e.g. single indicators).
SERIES_COLOURS = (
    OKABE_ITO["blue"],
    OKABE_ITO["orange"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["vermillion"],
    OKABE_ITO["reddish_purple"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["black"],
    OKABE_ITO["yellow"],
)
# Line dashes and marker symbols vary with the colour, so series stay distinct in
# grey-scale prints and for colour-blind readers.
LINE_DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
MARKER_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x", "star")

# Sequential, colour-blind safe scale for completeness heatmaps (low = orange-red,
# high = blue), with a neutral middle.
COMPLETENESS_SCALE = (
    (0.0, "#D55E00"),
    (0.5, "#F0E4C8"),
    (1.0, "#0072B2"),
)

# Chart typography: readable on a projector.
FONT_FAMILY = "Source Sans Pro, Arial, sans-serif"
FONT_SIZE = 16
TITLE_SIZE = 20
TICK_SIZE = 15
TARGET_LINE_COLOUR = OKABE_ITO["black"]
# Axis labels longer than this are shortened with an ellipsis (full text on hover).
MAX_LABEL_CHARS = 34

# The app's own store (follow-up actions, award confirmations, audit log): a small
# SQLite file outside the warehouse, so a rebuild of the warehouse never loses it.
STORE_ENV_VAR = "KINERJA_STORE"
DEFAULT_STORE = ROOT / "data" / "app_store.sqlite"
