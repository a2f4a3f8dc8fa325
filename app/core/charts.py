"""Chart geometry for server-drawn SVG: numbers in, coordinates out. Pure."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: int
    label: str


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    top: int  # the value the full height stands for
    bars: tuple[Bar, ...]
    baseline: float


def _nice_top(value: float) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... at or above ``value``."""
    top = 1
    while top < value:
        for factor in (2, 5 / 2, 2):
            top = int(top * factor)
            if top >= value:
                break
    return top


def bar_chart(values: Sequence[int], labels: Sequence[str], width: int = 600, height: int = 160,
              gap: float = 2.0, axis: int = 20) -> BarChart:
    """Bars for ``values`` side by side; ``axis`` pixels at the bottom stay free for labels."""
    if len(values) != len(labels):
        raise ValueError("one label per value")
    top = _nice_top(max(values, default=0))
    plot = height - axis
    slot = width / max(1, len(values))
    bars = []
    for i, (value, label) in enumerate(zip(values, labels, strict=True)):
        h = plot * value / top if top else 0
        bars.append(Bar(x=round(i * slot + gap / 2, 2), y=round(plot - h, 2), width=round(slot - gap, 2),
                        height=round(h, 2), value=value, label=label))
    return BarChart(width=width, height=height, top=top, bars=tuple(bars), baseline=plot)


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    value: float
    label: str


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    points: tuple[Point, ...]
    path: str  # SVG path data; a gap (no value) starts a new segment
    baseline: float


def line_chart(values: Sequence[float | None], labels: Sequence[str], width: int = 600, height: int = 160,
               low: float = 0.0, high: float = 1.0, axis: int = 20, pad: int = 6) -> LineChart:
    """A line through the values that exist, scaled from ``low`` to ``high``."""
    if len(values) != len(labels):
        raise ValueError("one label per value")
    plot = height - axis
    step = (width - 2 * pad) / max(1, len(values) - 1)
    points, path, pen_down = [], [], False
    for i, (value, label) in enumerate(zip(values, labels, strict=True)):
        if value is None:
            pen_down = False
            continue
        x = round(pad + i * step, 2)
        y = round(pad + (plot - 2 * pad) * (1 - (value - low) / (high - low)), 2)
        points.append(Point(x=x, y=y, value=value, label=label))
        path.append(f"{'L' if pen_down else 'M'}{x},{y}")
        pen_down = True
    return LineChart(width=width, height=height, points=tuple(points), path=" ".join(path), baseline=plot)
