"""YAML for files people edit and upload: safe, bounded, and with line numbers.

PyYAML's node tree keeps the line of every value; we turn it into plain dicts
and lists that remember those lines, so validation can say
``questions/x.yaml:41: ...``. Aliases are refused outright (an alias bomb
expands a few lines into gigabytes), and so are deep nesting and large files.
"""
from __future__ import annotations

from typing import Any

import yaml

MAX_YAML_BYTES = 2_000_000
MAX_DEPTH = 20


class YamlError(ValueError):
    """YAML that cannot be read; the message names the file and line."""


class LineDict(dict):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A sequence that knows its own line and the line of each item (1-based)."""

    line: int
    item_lines: list[int]


def load_yaml(text: str, name: str) -> Any:
    """Parse one YAML document into LineDict / LineList / scalars."""
    size = len(text.encode("utf-8"))
    if size > MAX_YAML_BYTES:
        raise YamlError(f"{name}: file is {size:,} bytes; the limit is {MAX_YAML_BYTES:,}")
    _check_events(text, name)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise YamlError(_describe(exc, name)) from None
    if node is None:
        return None
    return _to_python(node, yaml.SafeLoader(""), name)


def _check_events(text: str, name: str) -> None:
    """Refuse aliases and deep nesting before anything is built."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                raise YamlError(f"{name}:{event.start_mark.line + 1}: YAML aliases (*name) are not allowed")
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlError(
                        f"{name}:{event.start_mark.line + 1}: nested deeper than {MAX_DEPTH} levels"
                    )
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError as exc:
        raise YamlError(_describe(exc, name)) from None


def _describe(exc: yaml.YAMLError, name: str) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is not None:
        return f"{name}:{mark.line + 1}: invalid YAML: {problem}"
    return f"{name}: invalid YAML: {problem}"


def _to_python(node: yaml.Node, constructor: yaml.SafeLoader, name: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = _to_python(key_node, constructor, name)
            if not isinstance(key, str):
                raise YamlError(f"{name}:{key_node.start_mark.line + 1}: keys must be text, got {key!r}")
            if key in result:
                raise YamlError(f"{name}:{key_node.start_mark.line + 1}: key {key!r} appears twice")
            result[key] = _to_python(value_node, constructor, name)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        items = LineList(_to_python(item, constructor, name) for item in node.value)
        items.line = node.start_mark.line + 1
        items.item_lines = [item.start_mark.line + 1 for item in node.value]
        return items
    try:
        return constructor.construct_object(node)
    except yaml.YAMLError as exc:
        raise YamlError(_describe(exc, name)) from None
