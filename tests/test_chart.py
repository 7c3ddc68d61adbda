"""The sales chart: a real PNG, values labelled, the target drawn apart, sources in the footer."""

from __future__ import annotations

import io
import struct

from bot.chat_app.chart import build_figure, render_chart
from bot.chat_app.sending import chart_png


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def test_chart_is_a_real_png_with_the_sales_and_a_target_bar(telegram_engine):
    from PIL import Image

    png = render_chart(telegram_engine.chart_data())
    assert png_size(png) == (800, 500)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.load()  # decodes completely
    colours = {c for _, c in image.getcolors(maxcolors=1_000_000)}
    assert (0x1F, 0x77, 0xB4) in colours  # the actual sales bars
    assert (0xD6, 0x27, 0x28) in colours  # the target bar's outline and hatching


def test_chart_labels_every_value_marks_the_target_and_cites_the_sources(telegram_engine):
    from matplotlib.text import Text

    data = telegram_engine.chart_data()
    figure = build_figure(data)
    texts = " ".join(t.get_text() for t in figure.findobj(Text))
    for label in data.labels:
        assert label in texts
    assert data.years == (2012, 2013, 2014, 2015, 2016)
    assert [year for year, _, _ in data.targets] == [2017]
    assert "target" in texts and "2017" in texts
    footer = " ".join(texts.split())
    for source in data.sources:
        assert " ".join(source.split()) in footer
    (axes,) = figure.axes
    hatched = [p for p in axes.patches if p.get_hatch()]
    assert len(hatched) == 1 and round(hatched[0].get_height()) == 70  # in millions


def test_chart_is_rendered_once_per_process(telegram_engine):
    data = telegram_engine.chart_data()
    assert chart_png(data) is chart_png(data)
