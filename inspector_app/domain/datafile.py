"""Configuration files in YAML, validated on load; every error names the file, the line and the problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import pydantic
import yaml

from inspector_app.errors import InspectorError

M = TypeVar("M", bound=pydantic.BaseModel)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML was built with it


class DataFileError(InspectorError):
    def __init__(self, path: Path, line: int, problem: str) -> None:
        super().__init__("data_file_invalid", file=str(path), line=line, problem=problem)
        self.path, self.line, self.problem = path, line, problem


class Strict(pydantic.BaseModel):
    """Base of the file schemas: unknown keys are errors (a typo must not pass silently)."""

    model_config = pydantic.ConfigDict(extra="forbid", strict=True, frozen=True)


class YamlDocument:
    """A parsed YAML file that remembers the line of every value."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise DataFileError(path, 1, f"not UTF-8 text ({exc.reason})") from exc
        except OSError as exc:
            raise DataFileError(path, 0, exc.strerror or str(exc)) from exc
        loader = _Loader(text)
        try:  # one pass: the node tree (for line numbers) and the data built from it
            self.node = loader.get_single_node()
            self.data = loader.construct_document(self.node) if self.node is not None else None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            raise DataFileError(path, mark.line + 1 if mark else 0, str(exc.problem)) from exc
        finally:
            loader.dispose()

    def line_of(self, loc: tuple[Any, ...]) -> int:
        """The 1-based line of the value at `loc` (keys and list indexes), or of its nearest parent."""
        node = self.node
        for part in loc:
            child = None
            if isinstance(node, yaml.MappingNode):
                child = next((v for k, v in node.value if k.value == part), None)
                if child is None:  # an unknown key: point at the key itself
                    child = next((k for k, _ in node.value if k.value == part), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                child = node.value[part]
            if child is None:
                break
            node = child
        return node.start_mark.line + 1 if node is not None else 1

    def error(self, loc: tuple[Any, ...], problem: str) -> DataFileError:
        return DataFileError(self.path, self.line_of(loc), problem)

    def parse(self, model: type[M]) -> M:
        try:
            return model.model_validate(self.data if self.data is not None else {})
        except pydantic.ValidationError as exc:
            first = exc.errors()[0]
            loc = tuple(first["loc"])
            where = ".".join(str(p) for p in loc)
            raise self.error(loc, f"{where}: {first['msg']}") from None
