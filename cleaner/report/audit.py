"""The removed text of a document as a plain audit file: what went, from which lines, why.

Each removal becomes a header line ``@@ lines A-B CODE name (category): reason`` followed
by the removed input lines, so a reviewer can read what was cut and paste any of it back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def removed_text(report: Mapping[str, Any]) -> str:
    """Render ``report["removed"]`` (the JSON form of a Report) as an audit text."""
    parts = []
    for r in report.get("removed", []):
        first, last = r["lines"]
        span = f"{first}" if first == last else f"{first}-{last}"
        parts.append(f"@@ lines {span} {r['code']} {r['name']} ({r['category']}): {r['reason']}")
        parts.append(r["text"])
    return "\n".join(parts) + "\n" if parts else ""
