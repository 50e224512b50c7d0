"""Inspector (效能督查工作台): discipline inspections, findings, evidence and circulated notices."""

from functools import cache


@cache
def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("inspector")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    """`__version__`, read from the package's metadata when first asked for: reading it costs tens of
    milliseconds that the desktop app's start need not spend."""
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
