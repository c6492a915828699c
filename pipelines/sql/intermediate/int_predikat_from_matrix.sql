-- int_predikat_from_matrix: the 3x3 predikat matrix of PermenPANRB 6/2022 (DOMAIN.md
-- §1.2), one row per (rating hasil kerja, rating perilaku kerja). Rows of the matrix are
-- the rating hasil kerja, columns the rating perilaku kerja. Fixed by the regulation,
-- so written here rather than read from the rules file.
-- Scores: rating 1 Di Bawah .. 3 Di Atas; predikat 1 Sangat Kurang .. 5 Sangat Baik.

with matrix as (

    select *
    from (
        values
            ('Di Atas Ekspektasi', 'Di Bawah Ekspektasi', 'Kurang/Misconduct'),
            ('Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Baik'),
            ('Di Atas Ekspektasi', 'Di Atas Ekspektasi', 'Sangat Baik'),
            ('Sesuai Ekspektasi', 'Di Bawah Ekspektasi', 'Kurang/Misconduct'),
            ('Sesuai Ekspektasi', 'Sesuai Ekspektasi', 'Baik'),
            ('Sesuai Ekspektasi', 'Di Atas Ekspektasi', 'Baik'),
            ('Di Bawah Ekspektasi', 'Di Bawah Ekspektasi', 'Sangat Kurang'),
            ('Di Bawah Ekspektasi', 'Sesuai Ekspektasi', 'Butuh Perbaikan'),
            ('Di Bawah Ekspektasi', 'Di Atas Ekspektasi', 'Butuh Perbaikan')
    ) as m (rating_hasil_kerja, rating_perilaku_kerja, predikat_kinerja)

),

rating_scores as (

    select *
    from (
        values
            ('Di Bawah Ekspektasi', 1),
            ('Sesuai Ekspektasi', 2),
            ('Di Atas Ekspektasi', 3)
    ) as r (rating, skor)

),

predikat_scores as (

    select *
    from (
        values
            ('Sangat Kurang', 1),
            ('Kurang/Misconduct', 2),
            ('Butuh Perbaikan', 3),
            ('Baik', 4),
            ('Sangat Baik', 5)
    ) as p (predikat, skor)

),

final as (

    select
        -- dimensions
        matrix.rating_hasil_kerja,
        matrix.rating_perilaku_kerja,
        matrix.predikat_kinerja,

        -- measures
        hasil.skor as skor_hasil_kerja,
        perilaku.skor as skor_perilaku_kerja,
        predikat.skor as skor_predikat

    from matrix
    inner join rating_scores as hasil
        on matrix.rating_hasil_kerja = hasil.rating
    inner join rating_scores as perilaku
        on matrix.rating_perilaku_kerja = perilaku.rating
    inner join predikat_scores as predikat
        on matrix.predikat_kinerja = predikat.predikat

)

select * from final
