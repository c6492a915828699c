-- Parsing macros for Indonesian exports. Installed on every connection by
-- pipelines.macros.install_macros(con); the loader and the models both use them.
-- Every public macro takes VARCHAR and returns NULL when the text is not understood.
--
-- DuckDB expands a macro argument wherever the body names it, so a value used many
-- times is bound once through a one-element lambda: list_transform([v], lambda x: ...)[1].
-- That keeps the expanded expressions (and their binding time) small.
--
--   id_number(x)   -> DOUBLE   '1.234,5', '85,5%', 'Rp 1.234', '85.5', '0.850'
--   id_integer(x)  -> INTEGER  id_number when it has no fraction, else NULL
--   id_date(x)     -> DATE     dd/mm/yyyy, yyyy-mm-dd, Excel serial, '12 Januari 2025'
--   id_period(x)   -> STRUCT(label, jenis, mulai, selesai)
--   id_rating(x)   -> canonical rating ('Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | ...)
--   id_predikat(x) -> canonical predikat ('Sangat Baik' | ... | 'Sangat Kurang')
--   norm_key(x)    -> 'nama_pegawai' (like schema.normalise_header)
--   name_key(x)    -> norm_key without apostrophes: "Cot Ba'u" -> 'cot_bau'
--   nip_clean(x)   -> NIP without spaces, non-breaking spaces and a leading apostrophe
--   nip_format_error(x)      -> why an NIP cannot be an NIP at all (number, length, 000)
--   nip_error(nip, jenis_asn) -> every problem of an NIP (DOMAIN.md §2), NULL when valid

-- ---------------------------------------------------------------- text keys

create or replace macro norm_key(x) as (
    nullif(
        trim(
            regexp_replace(
                regexp_replace(lower(strip_accents(trim(x))), '[^\x00-\x7F]', '', 'g'),
                '[^0-9a-z]+', '_', 'g'
            ),
            '_'
        ),
        ''
    )
);

create or replace macro name_key(x) as (
    norm_key(regexp_replace(x, '[''`\x{2018}\x{2019}]', '', 'g'))
);

create or replace macro _alnum(x) as (
    regexp_replace(lower(strip_accents(trim(x))), '[^a-z0-9]+', '', 'g')
);

-- ---------------------------------------------------------------- numbers

create or replace macro _idn_clean(x) as (
    regexp_replace(upper(x), '[\s\x{00A0}%]|RP\.?', '', 'g')
);

create or replace macro _idn_norm(s) as (
    case
        when contains(s, '.') and contains(s, ',') then
            case
                when strpos(reverse(s), ',') < strpos(reverse(s), '.')
                    then replace(replace(s, '.', ''), ',', '.')
                else replace(s, ',', '')
            end
        when contains(s, ',') then
            case
                when regexp_full_match(s, '[+-]?\d{1,3}(,\d{3}){2,}') then replace(s, ',', '')
                else replace(s, ',', '.')
            end
        when regexp_full_match(s, '[+-]?\d{1,3}(\.\d{3}){2,}') then replace(s, '.', '')
        when regexp_full_match(s, '[+-]?[1-9]\d{0,2}\.\d{3}') then replace(s, '.', '')
        else s
    end
);

create or replace macro _idn_cast(n) as (
    case
        when regexp_full_match(n, '[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?')
            then try_cast(n as double)
    end
);

create or replace macro id_number(x) as (
    case
        when regexp_full_match(x, '\d{1,9}') then cast(x as double)
        else _idn_cast(_idn_norm(_idn_clean(x)))
    end
);

create or replace macro id_integer(x) as (
    list_transform([id_number(x)], lambda n:
        case when n = floor(n) and abs(n) < 2147483647 then cast(n as integer) end
    )[1]
);

-- ---------------------------------------------------------------- dates

create or replace macro _id_month(m) as (
    case
        when m in ('jan', 'januari', 'january') then 1
        when m in ('feb', 'peb', 'februari', 'pebruari', 'february') then 2
        when m in ('mar', 'maret', 'march', 'mrt') then 3
        when m in ('apr', 'april') then 4
        when m in ('mei', 'may') then 5
        when m in ('jun', 'juni', 'june') then 6
        when m in ('jul', 'juli', 'july') then 7
        when m in ('agu', 'agt', 'ags', 'agus', 'agustus', 'aug', 'august') then 8
        when m in ('sep', 'sept', 'september') then 9
        when m in ('okt', 'oct', 'oktober', 'october') then 10
        when m in ('nov', 'nop', 'november', 'nopember') then 11
        when m in ('des', 'dec', 'desember', 'december') then 12
    end
);

create or replace macro _id_year(y) as (
    case when y < 70 then 2000 + y when y < 100 then 1900 + y else y end
);

create or replace macro _id_ymd(y, m, d) as (
    try_cast(printf('%04d-%02d-%02d', y, m, d) as date)
);

create or replace macro _id_text(x) as (
    lower(trim(regexp_replace(x, '[\s\x{00A0}]+', ' ', 'g')))
);

create or replace macro _id_date_dmy(s) as (
    _id_ymd(
        try_cast(regexp_extract(s, '^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})', 3) as int),
        try_cast(regexp_extract(s, '^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})', 2) as int),
        try_cast(regexp_extract(s, '^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})', 1) as int)
    )
);

create or replace macro _id_date_ymd(s) as (
    _id_ymd(
        try_cast(regexp_extract(s, '^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})', 1) as int),
        try_cast(regexp_extract(s, '^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})', 2) as int),
        try_cast(regexp_extract(s, '^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})', 3) as int)
    )
);

create or replace macro _id_date_serial(s) as (
    case
        when try_cast(replace(s, ',', '.') as double) between 1 and 80000
            then date '1899-12-30' + cast(floor(cast(replace(s, ',', '.') as double)) as int)
    end
);

create or replace macro _id_date_named(s) as (
    _id_ymd(
        _id_year(try_cast(regexp_extract(s, '^(\d{1,2})[ -]+([a-z]+)\.?[ -]+(\d{4}|\d{2})$', 3) as int)),
        _id_month(regexp_extract(s, '^(\d{1,2})[ -]+([a-z]+)\.?[ -]+(\d{4}|\d{2})$', 2)),
        try_cast(regexp_extract(s, '^(\d{1,2})[ -]+([a-z]+)\.?[ -]+(\d{4}|\d{2})$', 1) as int)
    )
);

create or replace macro _id_date_month(s) as (
    _id_ymd(
        _id_year(try_cast(regexp_extract(s, '^([a-z]+)\.?[ -]+(\d{4}|\d{2})$', 2) as int)),
        _id_month(regexp_extract(s, '^([a-z]+)\.?[ -]+(\d{4}|\d{2})$', 1)),
        1
    )
);

create or replace macro _id_date(s) as (
    case
        when regexp_full_match(s, '\d{4}-\d{2}-\d{2}') then try_cast(s as date)
        when regexp_full_match(s, '\d{1,2}[/.-]\d{1,2}[/.-]\d{4}([ t].*)?') then _id_date_dmy(s)
        when regexp_full_match(s, '\d{4}[/.-]\d{1,2}[/.-]\d{1,2}([ t].*)?') then _id_date_ymd(s)
        when regexp_full_match(s, '\d{1,5}([.,]\d+)?') then _id_date_serial(s)
        when regexp_full_match(s, '\d{1,2}[ -]+[a-z]+\.?[ -]+(\d{4}|\d{2})') then _id_date_named(s)
        when regexp_full_match(s, '[a-z]+\.?[ -]+(\d{4}|\d{2})') then _id_date_month(s)
    end
);

create or replace macro id_date(x) as (
    list_transform([_id_text(x)], lambda s: _id_date(s))[1]
);

-- ---------------------------------------------------------------- periods

create or replace macro _id_roman(r) as (
    case r
        when 'i' then 1 when 'ii' then 2 when 'iii' then 3 when 'iv' then 4
        else try_cast(r as int)
    end
);

-- Each branch builds the result from small expressions (a year and an index), so the
-- expanded macro stays small: DuckDB substitutes macro arguments as expressions.
create or replace macro _id_period_of(jenis, y, n) as (
    list_transform([{'j': jenis, 'y': y, 'n': n}], lambda p:
        case
            when struct_extract(p, 'y') between 1900 and 2100
                and struct_extract(p, 'n') between 1 and (
                    case struct_extract(p, 'j') when 'bulanan' then 12
                        when 'triwulanan' then 4 when 'semesteran' then 2 else 1 end
                ) then {
                'label': case struct_extract(p, 'j')
                    when 'bulanan' then printf('%04d-%02d', struct_extract(p, 'y'),
                        struct_extract(p, 'n'))
                    when 'triwulanan' then printf('%04d-Q%d', struct_extract(p, 'y'),
                        struct_extract(p, 'n'))
                    when 'semesteran' then printf('%04d-S%d', struct_extract(p, 'y'),
                        struct_extract(p, 'n'))
                    else printf('%04d', struct_extract(p, 'y'))
                end,
                'jenis': struct_extract(p, 'j'),
                'mulai': make_date(struct_extract(p, 'y'), case struct_extract(p, 'j')
                    when 'bulanan' then struct_extract(p, 'n')
                    when 'triwulanan' then 3 * struct_extract(p, 'n') - 2
                    when 'semesteran' then 6 * struct_extract(p, 'n') - 5
                    else 1 end, 1),
                'selesai': last_day(make_date(struct_extract(p, 'y'),
                    case struct_extract(p, 'j')
                        when 'bulanan' then struct_extract(p, 'n')
                        when 'triwulanan' then 3 * struct_extract(p, 'n')
                        when 'semesteran' then 6 * struct_extract(p, 'n')
                        else 12 end, 1))
            }
        end
    )[1]
);

create or replace macro _id_period_of_date(d) as (
    list_transform([d], lambda v:
        case
            when v is not null then {
                'label': strftime(v, '%Y-%m'),
                'jenis': 'bulanan',
                'mulai': cast(date_trunc('month', v) as date),
                'selesai': last_day(v)
            }
        end
    )[1]
);

create or replace macro _id_int(s, pattern) as (
    try_cast(regexp_extract(s, pattern, 1) as int)
);

create or replace macro _id_period(s) as (
    case
        when regexp_full_match(s, '(tahun |th\.? ?)?\d{4}')
            then _id_period_of('tahunan', _id_int(s, '(\d{4})$'), 1)
        when regexp_full_match(s, '\d{4} ?[-/.] ?\d{1,2}')
            then _id_period_of('bulanan', _id_int(s, '^(\d{4})'), _id_int(s, '(\d{1,2})$'))
        when regexp_full_match(s, '\d{1,2} ?[-/.] ?\d{4}')
            then _id_period_of('bulanan', _id_int(s, '(\d{4})$'), _id_int(s, '^(\d{1,2})'))
        when regexp_full_match(s, '[a-z]+\.?[ -]+(\d{4}|\d{2})')
            then _id_period_of_date(_id_date_month(s))
        when regexp_full_match(s, '(tw|trw|triwulan|q|kuartal|kw)\.? ?-? ?(iv|i{1,3}|[1-4]) ?[-/]? ?\d{4}')
            then _id_period_of('triwulanan', _id_int(s, '(\d{4})$'),
                _id_roman(regexp_extract(s, '(iv|i{1,3}|[1-4]) ?[-/]? ?\d{4}$', 1)))
        when regexp_full_match(s, '\d{4} ?[-/]? ?(q|tw|trw) ?-? ?(iv|i{1,3}|[1-4])')
            then _id_period_of('triwulanan', _id_int(s, '^(\d{4})'),
                _id_roman(regexp_extract(s, '(iv|i{1,3}|[1-4])$', 1)))
        when regexp_full_match(s, '(semester|smt|sem|s)\.? ?-? ?(ii|i|[12]) ?[-/]? ?\d{4}')
            then _id_period_of('semesteran', _id_int(s, '(\d{4})$'),
                _id_roman(regexp_extract(s, '(ii|i|[12]) ?[-/]? ?\d{4}$', 1)))
        when regexp_full_match(s, '\d{4} ?[-/]? ?(s|smt|sem|semester) ?-? ?(ii|i|[12])')
            then _id_period_of('semesteran', _id_int(s, '^(\d{4})'),
                _id_roman(regexp_extract(s, '(ii|i|[12])$', 1)))
        else _id_period_of_date(_id_date(s))
    end
);

create or replace macro id_period(x) as (
    list_transform([_id_text(x)], lambda s: _id_period(s))[1]
);

-- ---------------------------------------------------------------- ratings

create or replace macro _id_rating(n) as (
    case
        when n in ('diatasekspektasi', 'diatas', 'atas', '3', 'melebihiekspektasi',
                   'aboveexpectation', 'aboveexpectations') then 'Di Atas Ekspektasi'
        when n in ('sesuaiekspektasi', 'sesuai', '2', 'asexpected', 'meetsexpectation',
                   'meetsexpectations') then 'Sesuai Ekspektasi'
        when n in ('dibawahekspektasi', 'dibawah', 'bawah', '1', 'belowexpectation',
                   'belowexpectations') then 'Di Bawah Ekspektasi'
    end
);

create or replace macro id_rating(x) as (
    case
        when x in ('Sesuai Ekspektasi', 'Di Atas Ekspektasi', 'Di Bawah Ekspektasi') then x
        else _id_rating(_alnum(x))
    end
);

create or replace macro _id_predikat(n) as (
    case
        when n = 'sangatbaik' then 'Sangat Baik'
        when n = 'baik' then 'Baik'
        when n in ('butuhperbaikan', 'perluperbaikan') then 'Butuh Perbaikan'
        when n in ('kurang', 'misconduct', 'kurangmisconduct') then 'Kurang/Misconduct'
        when n = 'sangatkurang' then 'Sangat Kurang'
    end
);

create or replace macro id_predikat(x) as (
    case
        when x in ('Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct',
                   'Sangat Kurang') then x
        else _id_predikat(_alnum(x))
    end
);

-- ---------------------------------------------------------------- NIP (DOMAIN.md §2)

create or replace macro nip_clean(x) as (
    case
        when regexp_full_match(x, '[0-9]{18}') then x  -- fast path: already clean
        else nullif(
            regexp_replace(
                regexp_replace(x, '[\s\x{00A0}\x{2007}\x{202F}\x{200B}]+', '', 'g'),
                '^[''\x{2018}\x{2019}]', ''
            ),
            ''
        )
    end
);

create or replace macro _nip_as_number(c) as (
    regexp_full_match(c, '\d+([.,]\d+)?[eE][+]?\d+') or regexp_full_match(c, '\d+[.,]0+')
);

create or replace macro _nip_shape_error(c) as (
    case
        when c is null then null
        when _nip_as_number(c) then
            'NIP tersimpan sebagai angka di Excel (' || c || ') sehingga digitnya hilang; '
            || 'format kolom NIP sebagai Teks lalu ekspor ulang'
        when length(c) = 18 and not regexp_full_match(c, '\d{18}') then
            'NIP harus 18 digit angka; ditemukan karakter bukan angka (' || c || ')'
        when not regexp_full_match(c, '\d{18}') then
            'NIP harus 18 digit angka; ditemukan ' || length(c) || ' karakter'
    end
);

create or replace macro _nip_seq_error(c) as (
    case
        when substr(c, 16, 3) = '000' then
            'nomor urut 000 tidak sah — tiga digit terakhir hilang karena NIP pernah '
            || 'disimpan sebagai angka (Excel hanya menyimpan 15 digit)'
    end
);

create or replace macro nip_format_error(x) as (
    case
        -- fast path: 18 digits as typed, sequence not 000
        when regexp_full_match(x, '[0-9]{18}') and not suffix(x, '000') then null
        else list_transform([nip_clean(x)], lambda c:
            coalesce(_nip_shape_error(c), _nip_seq_error(c)))[1]
    end
);

create or replace macro _nip_birth(c) as (
    _id_ymd(
        try_cast(substr(c, 1, 4) as int), try_cast(substr(c, 5, 2) as int),
        try_cast(substr(c, 7, 2) as int)
    )
);

create or replace macro _nip_birth_error(c) as (
    case
        when _nip_birth(c) is null then
            'digit 1-8 NIP (' || substr(c, 1, 8) || ') bukan tanggal lahir yang sah '
            || '(format YYYYMMDD)'
        when year(_nip_birth(c)) < 1940 or year(_nip_birth(c)) > year(current_date) - 15 then
            'tanggal lahir pada digit 1-8 NIP (' || substr(c, 1, 8) || ') tidak wajar: '
            || 'tahun lahir harus 1940–' || (year(current_date) - 15)
    end
);

create or replace macro _nip_pns_errors(c) as (
    concat_ws('; ',
        case
            when substr(c, 13, 2) not between '01' and '12' then
                'digit 13-14 NIP (bulan TMT CPNS) harus 01–12; ditemukan ' || substr(c, 13, 2)
        end,
        case
            when _nip_birth(c) is not null and try_cast(substr(c, 9, 4) as int)
                not between year(_nip_birth(c)) + 17 and year(current_date) then
                'digit 9-12 NIP (tahun TMT CPNS ' || substr(c, 9, 4) || ') harus antara '
                || 'tahun lahir + 17 (' || (year(_nip_birth(c)) + 17) || ') dan tahun ini'
        end,
        case
            when substr(c, 15, 1) not in ('1', '2') then
                'digit 15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan); '
                || 'ditemukan ' || substr(c, 15, 1)
        end
    )
);

create or replace macro _nip_errors(c, jenis_asn) as (
    coalesce(
        _nip_shape_error(c),
        nullif(
            concat_ws('; ',
                _nip_birth_error(c),
                _nip_seq_error(c),
                case
                    when upper(trim(jenis_asn)) in ('PNS', 'CPNS')
                        then nullif(_nip_pns_errors(c), '')
                end
            ),
            ''
        )
    )
);

-- (No lambda binding here: the models call nip_error on every row, and a per-row
-- list costs more than the larger expression.)
create or replace macro nip_error(nip, jenis_asn) as (
    _nip_errors(nip_clean(nip), jenis_asn)
);
