-- int_predikat_curve_moves: the smallest change that makes a spread of predikat meet
-- the curve of an organisation predikat, as steps "move `jumlah` people from `dari` to
-- `ke`"; one row per subject x tahun x organisation predikat x step (no rows when the
-- spread already complies or cannot comply: fewer people than the lower bounds need).
--
-- Why the number of people moved is minimal: one person changing predikat leaves one
-- predikat and joins another. The lower-bound groups are disjoint, so one move lowers
-- the people missing under the lower bounds (S = sum of kekurangan) by at most one;
-- there is one upper bound on a single predikat, so it lowers the people above it
-- (E = kelebihan) by at most one. Hence at least max(S, E) moves, and the steps below
-- use exactly max(S, E):
--   1. people above the upper bound go to the groups short of people (lower bounds in
--      rule order), min(S, E) in all;
--   2. what is left of them (E - S when positive) goes to any other predikat (`ke`
--      NULL: "a predikat other than `dari`");
--   3. what is left short (S - E when positive) is taken from donor pools, each a
--      single predikat, in order of size ("where most people are"; ties: a predikat
--      under no lower bound first, then the lower predikat): each predikat under no
--      lower bound (the upper-bounded one after step 1's departures), and the
--      surplus of a lower-bound group above its bound (split over its predikat, the
--      fuller first). The pools hold n - E - sum(min(jumlah, bound)) >= S - E
--      people whenever the lower bounds fit in n (layak), so the steps complete.
-- Donors and demands are matched by overlapping their running totals (the k-th person
-- needed comes from the k-th person offered).

with evaluated as (

    select * from int_predikat_curve_evaluated

),

predikat_levels as (

    select *
    from (
        values
            ('Sangat Baik', 5),
            ('Baik', 4),
            ('Butuh Perbaikan', 3),
            ('Kurang/Misconduct', 2),
            ('Sangat Kurang', 1)
    ) as levels (predikat, skor)

),

totals as (

    select
        tingkat,
        subjek_kode,
        tahun,
        predikat_organisasi,
        any_value(n_dinilai) as n_dinilai,
        any_value(n_sangat_baik) as n_sangat_baik,
        any_value(n_baik) as n_baik,
        any_value(n_butuh_perbaikan) as n_butuh_perbaikan,
        any_value(n_kurang) as n_kurang,
        any_value(n_sangat_kurang) as n_sangat_kurang,
        sum(kekurangan) as total_kekurangan,
        sum(kelebihan) as total_kelebihan,
        coalesce(sum(batas_orang) filter (where batas = 'min'), 0) as total_minimal,
        any_value(kelompok) filter (where batas = 'maks') as kelompok_maks,
        coalesce(flatten(list(kelompok) filter (where batas = 'min')), [])
            as predikat_minimal
    from evaluated
    group by tingkat, subjek_kode, tahun, predikat_organisasi

),

to_fix as (

    select * from totals
    where total_minimal <= n_dinilai
        and (total_kekurangan > 0 or total_kelebihan > 0)

),

demand as (

    select
        evaluated.tingkat,
        evaluated.subjek_kode,
        evaluated.tahun,
        evaluated.predikat_organisasi,
        evaluated.aturan_ke,
        evaluated.kelompok,
        evaluated.kekurangan,
        to_fix.total_kelebihan,
        to_fix.kelompok_maks,
        coalesce(
            sum(evaluated.kekurangan) over (
                partition by evaluated.tingkat, evaluated.subjek_kode, evaluated.tahun,
                    evaluated.predikat_organisasi
                order by evaluated.aturan_ke
                rows between unbounded preceding and 1 preceding
            ),
            0
        ) as kekurangan_sebelum
    from evaluated
    inner join to_fix
        on evaluated.tingkat = to_fix.tingkat
        and evaluated.subjek_kode = to_fix.subjek_kode
        and evaluated.tahun = to_fix.tahun
        and evaluated.predikat_organisasi = to_fix.predikat_organisasi
    where evaluated.batas = 'min' and evaluated.kekurangan > 0

),

demand_split as (

    select
        *,
        greatest(0, least(kekurangan, total_kelebihan - kekurangan_sebelum))
            as dari_kelebihan
    from demand

),

demand_rest as (

    select
        *,
        kekurangan - dari_kelebihan as sisa,
        coalesce(
            sum(kekurangan - dari_kelebihan) over (
                partition by tingkat, subjek_kode, tahun, predikat_organisasi
                order by aturan_ke
                rows between unbounded preceding and 1 preceding
            ),
            0
        ) as d0
    from demand_split

),

single_pools as (

    select
        to_fix.tingkat,
        to_fix.subjek_kode,
        to_fix.tahun,
        to_fix.predikat_organisasi,
        [predikat_levels.predikat] as kelompok,
        0 as jenis,
        predikat_levels.skor,
        case predikat_levels.predikat
            when 'Sangat Baik' then to_fix.n_sangat_baik
            when 'Baik' then to_fix.n_baik
            when 'Butuh Perbaikan' then to_fix.n_butuh_perbaikan
            when 'Kurang/Misconduct' then to_fix.n_kurang
            when 'Sangat Kurang' then to_fix.n_sangat_kurang
        end
        - case
            when list_contains(to_fix.kelompok_maks, predikat_levels.predikat)
                then to_fix.total_kelebihan
            else 0
        end as persediaan
    from to_fix
    cross join predikat_levels
    where not list_contains(to_fix.predikat_minimal, predikat_levels.predikat)

),

surplus_members as (

    select
        evaluated.tingkat,
        evaluated.subjek_kode,
        evaluated.tahun,
        evaluated.predikat_organisasi,
        evaluated.aturan_ke,
        predikat_levels.predikat,
        predikat_levels.skor,
        evaluated.jumlah - evaluated.batas_orang as surplus,
        case predikat_levels.predikat
            when 'Sangat Baik' then to_fix.n_sangat_baik
            when 'Baik' then to_fix.n_baik
            when 'Butuh Perbaikan' then to_fix.n_butuh_perbaikan
            when 'Kurang/Misconduct' then to_fix.n_kurang
            when 'Sangat Kurang' then to_fix.n_sangat_kurang
        end as n_anggota
    from evaluated
    inner join to_fix
        on evaluated.tingkat = to_fix.tingkat
        and evaluated.subjek_kode = to_fix.subjek_kode
        and evaluated.tahun = to_fix.tahun
        and evaluated.predikat_organisasi = to_fix.predikat_organisasi
    inner join predikat_levels
        on list_contains(evaluated.kelompok, predikat_levels.predikat)
    where evaluated.batas = 'min' and evaluated.jumlah > evaluated.batas_orang

),

-- A group's surplus, split over its predikat (the fuller one first), so every donor
-- is a single predikat.
surplus_pools as (

    select
        tingkat,
        subjek_kode,
        tahun,
        predikat_organisasi,
        [predikat] as kelompok,
        1 as jenis,
        skor,
        greatest(
            0,
            least(
                n_anggota,
                surplus - coalesce(
                    sum(n_anggota) over (
                        partition by tingkat, subjek_kode, tahun, predikat_organisasi,
                            aturan_ke
                        order by n_anggota desc, skor
                        rows between unbounded preceding and 1 preceding
                    ),
                    0
                )
            )
        ) as persediaan
    from surplus_members

),

supply as (

    select
        *,
        coalesce(
            sum(persediaan) over (
                partition by tingkat, subjek_kode, tahun, predikat_organisasi
                order by persediaan desc, jenis, skor
                rows between unbounded preceding and 1 preceding
            ),
            0
        ) as s0
    from (
        select * from single_pools where persediaan > 0
        union all
        select * from surplus_pools where persediaan > 0
    )

),

moves_over_bound as (

    select
        tingkat,
        subjek_kode,
        tahun,
        predikat_organisasi,
        1 as tahap,
        aturan_ke as urutan,
        0 as urutan_donor,
        dari_kelebihan as jumlah,
        kelompok_maks as dari,
        kelompok as ke
    from demand_split
    where dari_kelebihan > 0

),

moves_left_over as (

    select
        tingkat,
        subjek_kode,
        tahun,
        predikat_organisasi,
        2 as tahap,
        0 as urutan,
        0 as urutan_donor,
        total_kelebihan - total_kekurangan as jumlah,
        kelompok_maks as dari,
        cast(null as varchar[]) as ke
    from to_fix
    where total_kelebihan > total_kekurangan

),

moves_from_donors as (

    select
        demand_rest.tingkat,
        demand_rest.subjek_kode,
        demand_rest.tahun,
        demand_rest.predikat_organisasi,
        3 as tahap,
        demand_rest.aturan_ke as urutan,
        supply.s0 as urutan_donor,
        least(demand_rest.d0 + demand_rest.sisa, supply.s0 + supply.persediaan)
        - greatest(demand_rest.d0, supply.s0) as jumlah,
        supply.kelompok as dari,
        demand_rest.kelompok as ke
    from demand_rest
    inner join supply
        on demand_rest.tingkat = supply.tingkat
        and demand_rest.subjek_kode = supply.subjek_kode
        and demand_rest.tahun = supply.tahun
        and demand_rest.predikat_organisasi = supply.predikat_organisasi
    where demand_rest.sisa > 0
        and least(demand_rest.d0 + demand_rest.sisa, supply.s0 + supply.persediaan)
        > greatest(demand_rest.d0, supply.s0)

),

moves as (

    select * from moves_over_bound
    union all
    select * from moves_left_over
    union all
    select * from moves_from_donors

),

merged as (

    -- the same move found in two steps (e.g. Sangat Baik -> Kurang in steps 1 and 3)
    -- is one line
    select
        tingkat,
        subjek_kode,
        tahun,
        predikat_organisasi,
        dari,
        ke,
        sum(jumlah) as jumlah,
        min([tahap, urutan, urutan_donor]) as urutan
    from moves
    group by tingkat, subjek_kode, tahun, predikat_organisasi, dari, ke

),

final as (

    select
        -- ids
        tingkat,
        subjek_kode,
        tahun,
        predikat_organisasi,
        row_number() over (
            partition by tingkat, subjek_kode, tahun, predikat_organisasi
            order by urutan
        ) as langkah_ke,

        -- dimensions
        dari,
        ke,

        -- measures
        jumlah

    from merged

)

select * from final
