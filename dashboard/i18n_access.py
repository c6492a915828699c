"""UI strings of logins, roles, the demo role switcher and the audit log view.

Part of the one translation table: merged into i18n.TEXTS.
"""

TEXTS: dict[str, dict[str, str]] = {
    "nav.audit": {"id": "Log Audit", "en": "Audit Log"},
    # --- roles ---------------------------------------------------------------------
    "role.wali_kota": {
        "id": "Wali Kota / Sekda (agregat)",
        "en": "Mayor's office (aggregates)",
    },
    "role.bkpsdm": {"id": "BKPSDM (semua data)", "en": "BKPSDM (all data)"},
    "role.kepala_opd": {"id": "Kepala OPD", "en": "Head of agency (OPD)"},
    "role.operator": {"id": "Operator data", "en": "Data operator"},
    "role.publik": {"id": "Publik (upacara)", "en": "Public (ceremony)"},
    # --- sign-in -------------------------------------------------------------------
    "auth.title": {"id": "Masuk", "en": "Sign in"},
    "auth.intro": {
        "id": (
            "Dasbor ini memuat data kinerja pribadi ASN. Masuk dengan akun yang "
            "dibuat BKPSDM; setiap tampilan data perorangan dicatat."
        ),
        "en": (
            "This dashboard holds personal performance data of civil servants. Sign "
            "in with the account BKPSDM created for you; every view of individual "
            "data is logged."
        ),
    },
    "auth.name": {"id": "Nama pengguna", "en": "User name"},
    "auth.password": {"id": "Kata sandi", "en": "Password"},
    "auth.submit": {"id": "Masuk", "en": "Sign in"},
    "auth.failed": {
        "id": (
            "Nama pengguna atau kata sandi salah, atau akun sedang dikunci setelah "
            "terlalu banyak percobaan (coba lagi 15 menit lagi)."
        ),
        "en": (
            "Wrong user name or password, or the account is locked after too many "
            "attempts (try again in 15 minutes)."
        ),
    },
    "auth.store_error": {
        "id": "Akun tidak dapat diperiksa: {detail}",
        "en": "Accounts cannot be checked: {detail}",
    },
    "auth.sso": {"id": "Masuk dengan SSO", "en": "Sign in with SSO"},
    "auth.sso_unknown": {
        "id": (
            "E-mail {email} tidak terdaftar pada akun mana pun. Minta BKPSDM "
            "membuat akun dengan e-mail ini."
        ),
        "en": (
            "The e-mail {email} belongs to no account. Ask BKPSDM to create an "
            "account with this e-mail."
        ),
    },
    "auth.signed_in": {
        "id": "Masuk sebagai **{name}** — {role}",
        "en": "Signed in as **{name}** — {role}",
    },
    "auth.logout": {"id": "Keluar", "en": "Sign out"},
    "auth.no_pages": {
        "id": "Peran {role} belum memiliki halaman yang dapat dibuka.",
        "en": "The role {role} has no page it may open yet.",
    },
    "auth.demo_role": {"id": "Peran (mode demo)", "en": "Role (demo mode)"},
    "auth.demo_opd": {"id": "OPD peran ini", "en": "This role's OPD"},
    "auth.demo_help": {
        "id": (
            "Mode demo: coba apa yang dilihat setiap peran. Di instalasi sungguhan "
            "peran berasal dari akun pengguna."
        ),
        "en": (
            "Demo mode: try what each role sees. In a real installation the role "
            "comes from the user account."
        ),
    },
    "auth.demo_banner": {
        "id": (
            "**Mode demo** — tanpa login; peran dipilih di bilah samping "
            "(sekarang: {role}). Hanya untuk data simulasi."
        ),
        "en": (
            "**Demo mode** — no sign-in; the role is picked in the sidebar "
            "(now: {role}). For simulated data only."
        ),
    },
    "auth.demo_refused": {
        "id": (
            "Mode demo ditolak: gudang data ini berisi data yang bukan simulasi. "
            "Masuk dengan akun."
        ),
        "en": (
            "Demo mode refused: this warehouse holds data that is not simulated. "
            "Sign in with an account."
        ),
    },
    # --- audit log page -------------------------------------------------------------
    "audit.header": {"id": "Log Audit", "en": "Audit Log"},
    "audit.intro": {
        "id": (
            "Siapa melihat atau mengunduh data perorangan, kapan, di halaman mana, "
            "tentang siapa. Disimpan di penyimpanan aplikasi, terpisah dari gudang "
            "data; hanya BKPSDM yang dapat membacanya."
        ),
        "en": (
            "Who viewed or downloaded individual-level data, when, on which page, "
            "about whom. Kept in the app's store, apart from the warehouse; only "
            "BKPSDM can read it."
        ),
    },
    "audit.filter_subject": {
        "id": "Cari NIP, unit atau pengguna",
        "en": "Search NIP, unit or user",
    },
    "audit.filter_action": {"id": "Jenis akses", "en": "Kind of access"},
    "audit.all_actions": {"id": "Semua", "en": "All"},
    "audit.kpi_entries": {"id": "Entri", "en": "Entries"},
    "audit.kpi_users": {"id": "Pengguna", "en": "Users"},
    "audit.kpi_exports": {"id": "Unduhan data perorangan", "en": "Individual exports"},
    "audit.kpi_subjects": {"id": "Pegawai dilihat", "en": "Employees viewed"},
    "audit.empty": {
        "id": "Belum ada entri log audit.",
        "en": "No audit entries yet.",
    },
    "audit.action.view": {"id": "lihat", "en": "view"},
    "audit.action.export": {"id": "unduh", "en": "export"},
    "audit.action.write": {"id": "ubah", "en": "change"},
    "audit.action.login": {"id": "masuk", "en": "sign in"},
    "audit.action.logout": {"id": "keluar", "en": "sign out"},
    "audit.col.at": {"id": "Waktu (WIB)", "en": "Time (WIB)"},
    "audit.col.user": {"id": "Pengguna", "en": "User"},
    "audit.col.role": {"id": "Peran", "en": "Role"},
    "audit.col.scope": {"id": "Lingkup OPD", "en": "OPD scope"},
    "audit.col.page": {"id": "Halaman", "en": "Page"},
    "audit.col.action": {"id": "Akses", "en": "Access"},
    "audit.col.subject_type": {"id": "Jenis subjek", "en": "Subject type"},
    "audit.col.subject": {"id": "Subjek", "en": "Subject"},
    "audit.col.detail": {"id": "Rincian", "en": "Detail"},
}
